import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { IconFilter, IconUser } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { personPath } from '../../../lib/paths.ts';
import { QueryErrorAlert } from '../../../components/query-error-alert.tsx';
import { lazyComponent } from '../../../lib/lazy-component.tsx';
import { lazyControl, type ControlPlaceholderProps } from '../../../lib/lazy-control.tsx';
import type { DossierStatus } from '../../../domain/dossier-status.ts';
import { queueKeys, type QueueKey } from '../../../domain/queues.ts';
import type { DossierListItem } from '../../../domain/schemas/dossier.ts';
import { useDossiers } from '../api/get-dossiers.ts';
import { useDossierListSearch } from '../hooks/use-dossier-list-search.ts';
import { useRowSelection } from '../hooks/use-row-selection.ts';
import { activeFilterKeys, firstSortOrder, type ListSortKey } from '../utils/dossier-list-search.ts';
import { DossierFilterChips } from './dossier-filter-chips.tsx';
import { SavedViewsButton, SaveViewButton } from './saved-views-buttons.tsx';
import { DossierListEmpty } from './dossier-list-empty.tsx';
import { DossierListFooter } from './dossier-list-footer.tsx';
import { DossierStatusFilterPlaceholder } from './dossier-status-filter-placeholder.tsx';
import { DossierTable } from './dossier-table.tsx';
import { DossierTableSkeleton } from './dossier-table-skeleton.tsx';

// Opened on demand: its pickers are not part of opening the list.
const DossierFilterPanel = lazyComponent(async () => (await import('./dossier-filter-panel.tsx')).DossierFilterPanel);
// The toolbar's pickers and menus (Mantine's dropdowns and their floating code) arrive after
// the list's first paint; their closed look stands in until then.
const DossierStatusFilter = lazyControl(async () => (await import('./dossier-status-filter.tsx')).DossierStatusFilter, DossierStatusFilterPlaceholder);
const SaveView = lazyControl(
  async () => (await import('./saved-views-menu.tsx')).SaveView,
  ({ onUse }: ControlPlaceholderProps) => <SaveViewButton aria-haspopup="dialog" aria-expanded={false} onClick={onUse} />,
);
const SavedViewsMenu = lazyControl(
  async () => (await import('./saved-views-menu.tsx')).SavedViewsMenu,
  ({ onUse }: ControlPlaceholderProps) => <SavedViewsButton aria-haspopup="menu" aria-expanded={false} onClick={onUse} />,
);

/** What a work queue adds to the list; given by the app from another feature (see DossierListPageProps). */
export interface DossierQueueTools {
  /** Rows that may be ticked for the bulk action. */
  selectable?: (dossier: DossierListItem) => boolean;
  /** Above the table, shown even when the queue is empty: the bulk action, dialogs opened from rows. */
  toolbar?: (selection: { selected: DossierListItem[]; clearSelection: () => void }) => ReactNode;
  /** A last column of quick actions per row. */
  rowActions?: { label: string; render: (dossier: DossierListItem) => ReactNode };
}

export interface DossierListPageProps {
  /** The tools of the list for its status filter or work queue (a bulk action, row actions), or null. */
  queueTools?: (statuses: readonly DossierStatus[], queue: QueueKey | undefined) => DossierQueueTools | null;
}

/** /ho-so: every dossier, paginated, sorted and filtered on the server, all state in the URL. */
export function DossierListPage({ queueTools }: DossierListPageProps = {}) {
  const { t } = useTranslation();
  const location = useLocation();
  const { filters, update, clearFilters } = useDossierListSearch();
  const [filterPanelOpen, { toggle: toggleFilterPanel }] = useDisclosure(false);
  const filtered = filters.status.length > 0 || activeFilterKeys(filters).length > 0;
  const dossiers = useDossiers(filters);
  const queue = queueKeys.find((key) => key === filters.queue);
  const tools = queueTools?.(filters.status, queue) ?? null;
  const { selectedIds, setSelectedIds, clearSelection } = useRowSelection(location.search);
  const isSelectable = tools?.selectable;
  const selected = isSelectable ? (dossiers.data?.items ?? []).filter((item) => selectedIds.has(item.id) && isSelectable(item)) : [];

  // Searching by an ID number (12 digits): that person's own page is one click away.
  const searchedId = filters.q && /^\d{12}$/.test(filters.q.trim()) ? filters.q.trim() : null;
  const statusNames = [...(queue ? [t(`search.queue.${queue}`)] : []), ...filters.status.map((status) => t(`status.${status}`))].join(', ');
  const title = statusNames ? t('dossierList.titleFiltered', { statuses: statusNames }) : t('dossierList.title');
  useDocumentTitle(`${title} · ${t('app.documentTitle')}`);

  const onSort = (column: ListSortKey) =>
    update({ sort: column, order: filters.sort === column ? (filters.order === 'asc' ? 'desc' : 'asc') : firstSortOrder[column] });

  function content() {
    if (dossiers.isPending) {
      return <DossierTableSkeleton rows={Math.min(filters.pageSize, 10)} sort={filters.sort} order={filters.order} onSort={onSort} />;
    }
    if (dossiers.isError && !dossiers.data) {
      return (
        <QueryErrorAlert
          title={t('dossierList.loadFailed')}
          error={dossiers.error}
          onRetry={() => void dossiers.refetch()}
          retrying={dossiers.isFetching}
        />
      );
    }
    const { items, total } = dossiers.data;
    if (items.length === 0) {
      const reason = total > 0 ? 'past-last-page' : filtered ? 'no-match' : 'no-dossiers';
      return <DossierListEmpty reason={reason} onAction={() => (reason === 'no-match' ? clearFilters() : update({ page: 1 }))} />;
    }
    return (
      <Stack gap="md">
        {dossiers.isError && (
          <QueryErrorAlert title={t('dossierList.loadFailed')} error={dossiers.error} onRetry={() => void dossiers.refetch()} />
        )}
        <DossierTable
          dossiers={items}
          page={filters.page}
          sort={filters.sort}
          order={filters.order}
          onSort={onSort}
          busy={dossiers.isPlaceholderData}
          listSearch={location.search}
          selection={isSelectable && { selectedIds, isSelectable, onChange: setSelectedIds }}
          rowActions={tools?.rowActions}
        />
        <DossierListFooter
          page={filters.page}
          pageSize={filters.pageSize}
          total={total}
          onPageChange={(page) => {
            update({ page });
            window.scrollTo({ top: 0 });
          }}
          onPageSizeChange={(pageSize) => update({ pageSize })}
        />
      </Stack>
    );
  }

  return (
    // Compact above the table: the title and count on one line, every filter tool on the
    // next, so a desktop screen keeps 15 rows or more in view.
    <Stack gap="sm">
      <Group gap="sm" align="baseline" wrap="wrap">
        <Title order={1}>{title}</Title>
        {dossiers.data && (
          <Text c="dimmed" size="sm">
            {dossiers.data.totalCapped ? t('search.filters.totalCapped', { count: dossiers.data.total }) : t('dossierList.total', { count: dossiers.data.total })}
          </Text>
        )}
      </Group>
      <Group gap="sm" align="center" wrap="wrap">
        <DossierStatusFilter value={filters.status} onChange={(status) => update({ status })} />
        <Button
          variant={filterPanelOpen ? 'light' : 'default'}
          leftSection={<IconFilter size={16} aria-hidden />}
          aria-expanded={filterPanelOpen}
          onClick={toggleFilterPanel}
        >
          {t('search.filters.show')}
        </Button>
        <Group gap="xs">
          <SaveView search={location.search.replace(/^\?/, '')} />
          <SavedViewsMenu />
        </Group>
        <DossierFilterChips filters={filters} onRemove={(key) => update({ [key]: undefined })} onClear={clearFilters} />
      </Group>
      {filterPanelOpen && <DossierFilterPanel filters={filters} onChange={(change) => update(change)} />}
      {searchedId && (
        <Anchor component={Link} to={personPath(searchedId)} size="sm">
          <Group gap={4} component="span">
            <IconUser size={16} aria-hidden />
            {t('search.box.personLink', { idNumber: searchedId })}
          </Group>
        </Anchor>
      )}
      {tools?.toolbar?.({ selected, clearSelection })}
      {content()}
    </Stack>
  );
}
