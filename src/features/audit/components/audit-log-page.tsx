import { Code, EmptyState, Group, Pagination, SegmentedControl, Select, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { WrappingBadge } from '../../../components/wrapping-badge.tsx';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight, IconFileSpreadsheet, IconHistory, IconSearch } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AccessDenied } from '../../../components/access-denied.tsx';
import { DownloadButton } from '../../../components/download-button.tsx';
import { PeriodPicker } from '../../../components/period-picker.tsx';
import { QueryErrorAlert } from '../../../components/query-error-alert.tsx';
import { actionsOfCategory, auditCategories, auditChanges, auditCategory, type AuditCategory } from '../../../domain/audit.ts';
import { foldedFilter } from '../../../lib/folded-filter.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useReportPeriod } from '../../../lib/use-report-period.ts';
import { useAuditLog, type AuditFilters } from '../api/audit-log.ts';
import { useUsers } from '../../../lib/reference/users.ts';
import { api, dataOf } from '../../../lib/api-client.ts';

const PAGE_SIZE = 50;
const categoryColor: Record<AuditCategory, string> = { administration: 'blue', sign_in: 'gray', personal_data: 'grape', fees: 'teal' };

function show(value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** /nhat-ky: the audit log for the administrator and the chairperson, filtered, paged, exported. */
export function AuditLogPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('admin.audit.title')} · ${t('app.documentTitle')}`);
  const { period, today, setPeriod } = useReportPeriod();
  const [params, setParams] = useSearchParams();
  const category = auditCategories.find((value) => value === params.get('loai'));
  const actorUserId = params.get('nguoi') ?? undefined;
  const action = category ? actionsOfCategory(category).find((value) => value === params.get('hoat-dong')) : undefined;
  const page = Math.max(1, Number(params.get('trang')) || 1);
  const [search, setSearch] = useState(params.get('q') ?? '');
  const query: AuditFilters = { from: period.from, to: period.to, category, action, actorUserId, q: params.get('q') || undefined, page, pageSize: PAGE_SIZE };
  const log = useAuditLog(query);
  const people = useUsers();
  const [open, setOpen] = useState<number | null>(null);

  function set(changes: Record<string, string | undefined>) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('trang' in changes)) next.delete('trang');
        return next;
      },
      { replace: true },
    );
  }
  const searchLater = useDebouncedCallback((q: string) => set({ q: q.trim() || undefined }), 300);
  // The export takes the filters, not the page.
  const exportFilters = { from: query.from, to: query.to, category: query.category, action: query.action, actorUserId: query.actorUserId, q: query.q };
  const exportQuery = new URLSearchParams(Object.entries(exportFilters).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));

  if (log.isError && log.error.status === 403) {
    return (
      <Stack gap="lg">
        <Title order={1}>{t('admin.audit.title')}</Title>
        <AccessDenied title={t('admin.audit.forbiddenTitle')} body={t('admin.audit.forbiddenBody')} detail={log.error.message} />
      </Stack>
    );
  }

  function content() {
    if (log.isError && !log.data) return <QueryErrorAlert title={t('admin.common.loadFailed')} error={log.error} onRetry={() => void log.refetch()} retrying={log.isFetching} />;
    if (!log.data) return <Text c="dimmed">{t('app.loading')}</Text>;
    if (log.data.entries.length === 0) return <EmptyState py="xl" icon={<IconHistory size={40} aria-hidden />} withIndicatorBackground title={t('admin.audit.emptyTitle')} description={t('admin.audit.emptyBody')} />;
    return (
      <Table.ScrollContainer minWidth={860}>
        <Table striped verticalSpacing="xs" aria-busy={log.isPlaceholderData}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.audit.columns.at')}</Table.Th>
              <Table.Th scope="col">{t('admin.audit.columns.person')}</Table.Th>
              <Table.Th scope="col">{t('admin.audit.columns.action')}</Table.Th>
              <Table.Th scope="col">{t('admin.audit.columns.subject')}</Table.Th>
              <Table.Th scope="col">{t('admin.audit.columns.changes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.data.entries.map((entry) => (
              <EntryRows key={entry.id} entry={entry} open={open === entry.id} onToggle={() => setOpen(open === entry.id ? null : entry.id)} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <div style={{ flex: '1 1 28rem', minWidth: 0 }}>
          <Title order={1}>{t('admin.audit.title')}</Title>
          <Text c="dimmed" size="sm" maw={820}>
            {t('admin.audit.subtitle')}
          </Text>
        </div>
        <DownloadButton
          href={`/api/audit-log.xlsx?${exportQuery.toString()}`}
          fetchFile={() => dataOf(api.GET('/api/audit-log.xlsx', { params: { query: exportFilters }, parseAs: 'blob' }))}
          fileName={`nhat-ky-he-thong_${period.from}_${period.to}.xlsx`}
          failedTitle={t('admin.audit.exportFailed')}
          variant="default"
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
        >
          {t('admin.audit.export')}
        </DownloadButton>
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <PeriodPicker period={period} today={today} onChange={setPeriod} />
        <Stack gap={4}>
          <Text size="sm" fw={600} id="audit-category">
            {t('admin.audit.category')}
          </Text>
          <SegmentedControl
            aria-labelledby="audit-category"
            value={category ?? 'all'}
            onChange={(value) => set({ loai: value === 'all' ? undefined : value, 'hoat-dong': undefined })}
            data={[{ value: 'all', label: t('admin.audit.categories.all') }, ...auditCategories.map((value) => ({ value, label: t(`admin.audit.categories.${value}`) }))]}
          />
        </Stack>
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        {category && (
          <Select
            label={t('admin.audit.action')}
            placeholder={t('admin.common.all')}
            data={actionsOfCategory(category).map((value) => ({ value, label: t(`admin.audit.actions.${value}`) }))}
            value={action ?? null}
            onChange={(value) => set({ 'hoat-dong': value ?? undefined })}
            clearable
            w={{ base: '100%', sm: 260 }}
          />
        )}
        <Select
          label={t('admin.audit.person')}
          placeholder={t('admin.common.all')}
          data={(people.data ?? []).map((person) => ({ value: person.id, label: person.fullName }))}
          value={actorUserId ?? null}
          onChange={(value) => set({ nguoi: value ?? undefined })}
          searchable
          filter={foldedFilter}
          clearable
          w={{ base: '100%', sm: 260 }}
        />
        <TextInput
          label={t('admin.audit.searchLabel')}
          placeholder={t('admin.audit.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            searchLater(event.currentTarget.value);
          }}
          w={{ base: '100%', sm: 340 }}
        />
      </Group>
      {log.data && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('admin.audit.total', { count: log.data.total })}
        </Text>
      )}
      {content()}
      {log.data && log.data.total > PAGE_SIZE && (
        <Group justify="center">
          <Pagination
            total={Math.ceil(log.data.total / PAGE_SIZE)}
            value={page}
            onChange={(next) => set({ trang: next > 1 ? String(next) : undefined })}
            getControlProps={(control) => ({ 'aria-label': control === 'next' ? t('dossierList.nextPage') : control === 'previous' ? t('dossierList.previousPage') : undefined })}
            getItemProps={(item) => ({ 'aria-label': t('dossierList.page', { page: item }) })}
          />
        </Group>
      )}
    </Stack>
  );
}

type AuditEntry = NonNullable<ReturnType<typeof useAuditLog>['data']>['entries'][number];

function EntryRows({ entry, open, onToggle }: { entry: AuditEntry; open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  const changes = auditChanges(entry.before, entry.after);
  const category = auditCategory(entry.action);
  return (
    <Fragment>
      <Table.Tr>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
        <Table.Td>
          <Text size="sm">{entry.actorName}</Text>
          <Text size="xs" c="dimmed">
            {[entry.actorUsername, entry.actorRole && t(`role.${entry.actorRole}`)].filter(Boolean).join(' · ')}
          </Text>
        </Table.Td>
        <Table.Td>
          <WrappingBadge variant="light" color={categoryColor[category]}>
            {t(`admin.audit.actions.${entry.action}`)}
          </WrappingBadge>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{entry.entityLabel}</Text>
          {entry.address && (
            <Text size="xs" c="dimmed">
              {t('admin.audit.address', { address: entry.address })}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          {changes.length > 0 && (
            <UnstyledButton onClick={onToggle} aria-expanded={open} aria-label={t('admin.audit.showChanges', { subject: entry.entityLabel })}>
              <Group gap={4} wrap="nowrap">
                {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
                <Text size="sm" c="blue">
                  {t('admin.audit.changesCount', { count: changes.length })}
                </Text>
              </Group>
            </UnstyledButton>
          )}
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr>
          <Table.Td colSpan={5}>
            <Table withTableBorder fz="sm" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" />
                  <Table.Th scope="col">{t('admin.audit.before')}</Table.Th>
                  <Table.Th scope="col">{t('admin.audit.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changes.map((change) => (
                  <Table.Tr key={change.path}>
                    <Table.Th scope="row">
                      <Code>{change.path || '—'}</Code>
                    </Table.Th>
                    <Table.Td style={{ wordBreak: 'break-word' }}>{show(change.before, t('admin.audit.empty'))}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>{show(change.after, t('admin.audit.empty'))}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.Td>
        </Table.Tr>
      )}
    </Fragment>
  );
}
