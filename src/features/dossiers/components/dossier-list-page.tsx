import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { QueryErrorAlert } from '../../../components/query-error-alert.tsx';
import { useDossiers } from '../api/get-dossiers.ts';
import { useDossierListSearch } from '../hooks/use-dossier-list-search.ts';
import { firstSortOrder, type ListSortKey } from '../utils/dossier-list-search.ts';
import { DossierListEmpty } from './dossier-list-empty.tsx';
import { DossierListFooter } from './dossier-list-footer.tsx';
import { DossierStatusFilter } from './dossier-status-filter.tsx';
import { DossierTable } from './dossier-table.tsx';
import { DossierTableSkeleton } from './dossier-table-skeleton.tsx';

/** /ho-so: every dossier, paginated, sorted and filtered on the server, all state in the URL. */
export function DossierListPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { filters, update } = useDossierListSearch();
  const dossiers = useDossiers(filters);

  const statusNames = filters.status.map((status) => t(`status.${status}`)).join(', ');
  const title = filters.status.length ? t('dossierList.titleFiltered', { statuses: statusNames }) : t('dossierList.title');
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
      const reason = total > 0 ? 'past-last-page' : filters.status.length ? 'no-match' : 'no-dossiers';
      return <DossierListEmpty reason={reason} onAction={() => update(reason === 'no-match' ? { status: [] } : { page: 1 })} />;
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
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <div>
          <Title order={1}>{title}</Title>
          {dossiers.data && (
            <Text c="dimmed" size="sm">
              {t('dossierList.total', { count: dossiers.data.total })}
            </Text>
          )}
        </div>
        <DossierStatusFilter value={filters.status} onChange={(status) => update({ status })} />
      </Group>
      {content()}
    </Stack>
  );
}
