import { Anchor, Button, EmptyState, Group, SegmentedControl, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { WrappingBadge } from '../../../../components/wrapping-badge.tsx';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFileImport, IconFileSpreadsheet, IconListDetails, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DownloadButton } from '../../../../components/download-button.tsx';
import { foldedFilter } from '../../../../lib/folded-filter.ts';
import { formatLocalDate, formatMoney } from '../../../../lib/format.ts';
import { adminProcedurePath, routePatterns } from '../../../../lib/paths.ts';
import { useAdminFields, useAdminUnits } from '../../api/directory.ts';
import { useAdminProcedures } from '../../api/procedures.ts';
import { catalogueFiles } from '../../api/files.ts';
import { procedureQueryFromSearch, procedureSearchParams } from '../../utils/procedure-search.ts';
import { AdminPage, LoadError } from '../admin-page.tsx';
import { TableSkeleton } from '../table-skeleton.tsx';

/** /quan-tri/thu-tuc: the catalogue, searched and filtered, with import and export. */
export function ProcedureListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = procedureQueryFromSearch(params);
  const procedures = useAdminProcedures(query);
  const fields = useAdminFields();
  const units = useAdminUnits();
  const [search, setSearch] = useState(query.q ?? '');
  const setQuery = (next: typeof query) => setParams(procedureSearchParams(next), { replace: true });
  const searchLater = useDebouncedCallback((q: string) => setQuery({ ...query, q: q.trim() || undefined }), 250);

  const actions = (
    <>
      <Button component={Link} to={routePatterns.adminProcedureNew} leftSection={<IconPlus size={18} aria-hidden />}>
        {t('admin.procedures.add')}
      </Button>
      <Button component={Link} to={routePatterns.adminProcedureImport} variant="default" leftSection={<IconFileImport size={18} aria-hidden />}>
        {t('admin.procedures.import')}
      </Button>
      <DownloadButton
        href={catalogueFiles.export.href}
        fileName={catalogueFiles.export.fileName}
        fetchFile={catalogueFiles.export.fetch}
        failedTitle={t('admin.procedures.exportFailed')}
        variant="default"
        leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
      >
        {t('admin.procedures.export')}
      </DownloadButton>
    </>
  );

  function content() {
    if (procedures.isError && !procedures.data) return <LoadError error={procedures.error} onRetry={() => void procedures.refetch()} retrying={procedures.isFetching} />;
    if (!procedures.data) return <TableSkeleton rows={8} />;
    if (procedures.data.length === 0) {
      return <EmptyState py="xl" icon={<IconListDetails size={40} aria-hidden />} withIndicatorBackground title={t('admin.procedures.emptyTitle')} description={t('admin.procedures.emptyBody')} />;
    }
    return (
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover verticalSpacing="xs" aria-busy={procedures.isPlaceholderData}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.procedures.columns.code')}</Table.Th>
              <Table.Th scope="col">{t('admin.procedures.columns.name')}</Table.Th>
              <Table.Th scope="col">{t('admin.procedures.columns.decidingUnit')}</Table.Th>
              <Table.Th scope="col">{t('admin.procedures.columns.duration')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('admin.procedures.columns.fee')}
              </Table.Th>
              <Table.Th scope="col" visibleFrom="lg">
                {t('admin.procedures.columns.clock')}
              </Table.Th>
              <Table.Th scope="col" miw={160}>
                {t('admin.procedures.columns.status')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {procedures.data.map((procedure) => (
              <Table.Tr key={procedure.code}>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {procedure.code}
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={adminProcedurePath(procedure.code)} fw={500}>
                    {procedure.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {procedure.fieldName}
                    {procedure.versionCount > 1 && ` · ${t('admin.procedures.columns.versions')}: ${procedure.versionCount}`}
                  </Text>
                  {procedure.upcomingFrom && (
                    <WrappingBadge size="xs" variant="light" color="violet">
                      {t('admin.procedures.upcoming', { date: formatLocalDate(procedure.upcomingFrom) })}
                    </WrappingBadge>
                  )}
                </Table.Td>
                <Table.Td>{procedure.decidingUnitName}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`duration.${procedure.durationUnit}`, { count: procedure.durationAmount })}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {procedure.feeTotal > 0 ? formatMoney(procedure.feeTotal) : t('admin.procedures.free')}
                </Table.Td>
                <Table.Td visibleFrom="lg" style={{ whiteSpace: 'nowrap' }}>
                  {t(`admin.procedures.clock.${procedure.supplementClock}`)}
                </Table.Td>
                <Table.Td>
                  <WrappingBadge variant="light" color={procedure.active ? 'teal' : 'gray'}>
                    {procedure.active ? t('admin.common.active') : t('admin.common.inactive')}
                  </WrappingBadge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <AdminPage title={t('admin.procedures.title')} subtitle={t('admin.procedures.subtitle')} actions={actions}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('admin.procedures.searchLabel')}
          placeholder={t('admin.procedures.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            searchLater(event.currentTarget.value);
          }}
          w={{ base: '100%', sm: 320 }}
          type="search"
        />
        <Select
          label={t('admin.procedures.field')}
          placeholder={t('admin.common.all')}
          data={(fields.data ?? []).map((field) => ({ value: field.id, label: field.name }))}
          value={query.fieldId ?? null}
          onChange={(value) => setQuery({ ...query, fieldId: value ?? undefined })}
          searchable
          filter={foldedFilter}
          clearable
          w={{ base: '100%', sm: 220 }}
        />
        <Select
          label={t('admin.procedures.decidingUnit')}
          placeholder={t('admin.common.all')}
          data={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
          value={query.decidingUnitId ?? null}
          onChange={(value) => setQuery({ ...query, decidingUnitId: value ?? undefined })}
          searchable
          filter={foldedFilter}
          clearable
          w={{ base: '100%', sm: 260 }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={600} id="procedure-status-filter">
            {t('admin.procedures.status')}
          </Text>
          <SegmentedControl
            aria-labelledby="procedure-status-filter"
            value={query.active ?? 'all'}
            onChange={(value) => setQuery({ ...query, active: value === 'true' || value === 'false' ? value : undefined })}
            data={[
              { value: 'all', label: t('admin.common.all') },
              { value: 'true', label: t('admin.common.active') },
              { value: 'false', label: t('admin.common.inactive') },
            ]}
          />
        </Stack>
      </Group>
      {procedures.data && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('admin.procedures.count', { count: procedures.data.length })}
        </Text>
      )}
      {content()}
    </AdminPage>
  );
}
