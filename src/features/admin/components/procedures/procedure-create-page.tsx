import { Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useZodForm } from '../../../../lib/form.ts';
import { adminProcedurePath, routePatterns } from '../../../../lib/paths.ts';
import { useCreateProcedure } from '../../api/procedures.ts';
import { useAdminSettings } from '../../api/settings.ts';
import { useAdminSave } from '../../hooks/use-admin-save.ts';
import { newProcedureValues, ProcedureFormSchema, type ProcedureFormOutput } from '../../utils/procedure-form.ts';
import { AdminPage, LoadError } from '../admin-page.tsx';
import { TableSkeleton } from '../table-skeleton.tsx';
import { ProcedureForm } from './procedure-form.tsx';
import type { LegShares } from '../../../../domain/control-slip.ts';

/** /quan-tri/thu-tuc/them: a new procedure, its leg shares starting from the setting. */
export function ProcedureCreatePage() {
  const { t } = useTranslation();
  const settings = useAdminSettings();
  return (
    <AdminPage title={t('admin.procedures.newTitle')}>
      <Anchor component={Link} to={routePatterns.adminProcedures} size="sm">
        ← {t('admin.procedures.title')}
      </Anchor>
      {settings.isError ? (
        <LoadError error={settings.error} onRetry={() => void settings.refetch()} retrying={settings.isFetching} />
      ) : settings.data ? (
        <CreateForm legShares={settings.data.legShares.value} />
      ) : (
        <TableSkeleton rows={6} />
      )}
    </AdminPage>
  );
}

function CreateForm({ legShares }: { legShares: LegShares }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateProcedure();
  const form = useZodForm(ProcedureFormSchema, { defaultValues: newProcedureValues(legShares) });
  const { stale, run } = useAdminSave(form);

  async function submit(values: ProcedureFormOutput) {
    const saved = await run(() => create.mutateAsync(values));
    if (!saved) return;
    notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.procedures.created', { code: saved.code }) });
    void navigate(adminProcedurePath(saved.code));
  }

  return <ProcedureForm form={form} mode="create" onSubmit={submit} onCancel={() => void navigate(routePatterns.adminProcedures)} stale={stale} />;
}
