import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { WrappingBadge } from '../../../../components/wrapping-badge.tsx';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { AdminProcedureDetail } from '../../../../domain/schemas/admin-catalogue.ts';
import { formatLocalDate } from '../../../../lib/format.ts';
import { useZodForm } from '../../../../lib/form.ts';
import { routePatterns } from '../../../../lib/paths.ts';
import { useAdminProcedure, useUpdateProcedure } from '../../api/procedures.ts';
import { useAdminSave } from '../../hooks/use-admin-save.ts';
import { ProcedureFormSchema, versionValues, type ProcedureFormOutput } from '../../utils/procedure-form.ts';
import { AdminPage, LoadError } from '../admin-page.tsx';
import { TableSkeleton } from '../table-skeleton.tsx';
import { ProcedureForm } from './procedure-form.tsx';

const day = (date: string) => formatLocalDate(date);
const stateColor = { past: 'gray', current: 'teal', upcoming: 'violet' } as const;

/** /quan-tri/thu-tuc/:code: the procedure's versions, and the latest one to edit. */
export function ProcedureEditPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const procedure = useAdminProcedure(code);
  return (
    <AdminPage title={t('admin.procedures.editTitle', { code })} subtitle={procedure.data?.versions.at(-1)?.name}>
      <Anchor component={Link} to={routePatterns.adminProcedures} size="sm">
        ← {t('admin.procedures.title')}
      </Anchor>
      {procedure.isError && !procedure.data ? (
        <LoadError error={procedure.error} onRetry={() => void procedure.refetch()} retrying={procedure.isFetching} />
      ) : procedure.data ? (
        <>
          <Versions detail={procedure.data} />
          {/* A new form when a save adds a version, so it edits the new latest one. */}
          <EditForm key={procedure.data.versions.length} detail={procedure.data} onReload={() => void procedure.refetch()} />
        </>
      ) : (
        <TableSkeleton rows={6} />
      )}
    </AdminPage>
  );
}

function Versions({ detail }: { detail: AdminProcedureDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('admin.procedures.sections.versions')}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.procedures.versions.revision')}</Table.Th>
              <Table.Th scope="col">{t('admin.procedures.versions.from')}</Table.Th>
              <Table.Th scope="col">{t('admin.procedures.versions.until')}</Table.Th>
              <Table.Th scope="col">{t('admin.procedures.versions.duration')}</Table.Th>
              <Table.Th scope="col">{t('admin.procedures.versions.state')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('admin.procedures.versions.dossiers')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.versions.map((version) => (
              <Table.Tr key={version.id}>
                <Table.Td>{version.revision}</Table.Td>
                <Table.Td>{day(version.effectiveFrom)}</Table.Td>
                <Table.Td>{version.effectiveUntil ? day(version.effectiveUntil) : '—'}</Table.Td>
                <Table.Td>{t(`duration.${version.durationUnit}`, { count: version.durationAmount })}</Table.Td>
                <Table.Td>
                  <WrappingBadge variant="light" color={stateColor[version.state]}>
                    {t(`admin.procedures.versions.states.${version.state}`)}
                  </WrappingBadge>
                </Table.Td>
                <Table.Td ta="right">{version.dossierCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" c="dimmed">
        {t('admin.procedures.versions.latestNote')}
      </Text>
    </Stack>
  );
}

function EditForm({ detail, onReload }: { detail: AdminProcedureDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateProcedure(detail.code);
  const latest = detail.versions.at(-1)!;
  const form = useZodForm(ProcedureFormSchema, { defaultValues: versionValues(detail.code, detail.active, latest) });
  const { stale, run } = useAdminSave(form, onReload);

  async function submit(values: ProcedureFormOutput) {
    // The code is the procedure's identity: it is in the path, not the body.
    const { name, fieldId, durationUnit, durationAmount, feeLines, decidingUnitId, supplementClock, onlineLevel, documents, legShares, active, effectiveFrom } = values;
    const body = { name, fieldId, durationUnit, durationAmount, feeLines, decidingUnitId, supplementClock, onlineLevel, documents, legShares, active, effectiveFrom };
    // The version the page shows now (a 409 reloads it; the next save carries the new one).
    const saved = await run(() => update.mutateAsync({ ...body, version: detail.versions.at(-1)!.version }));
    if (!saved) return;
    const newest = saved.versions.at(-1)!;
    const message =
      saved.outcome === 'new_version'
        ? t('admin.procedures.newVersion', { code: saved.code, date: day(newest.effectiveFrom) })
        : saved.outcome === 'unchanged'
          ? t('admin.procedures.unchanged')
          : t('admin.procedures.updated', { code: saved.code });
    notifications.show({ color: 'teal', title: t('admin.common.saved'), message });
    form.reset(versionValues(saved.code, saved.active, newest));
  }

  return <ProcedureForm form={form} mode="edit" onSubmit={submit} onCancel={() => void navigate(routePatterns.adminProcedures)} stale={stale} onReload={onReload} />;
}
