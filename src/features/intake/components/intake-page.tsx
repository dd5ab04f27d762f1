import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { QueryErrorAlert } from '../../../components/query-error-alert.tsx';
import { useProcedures } from '../../../lib/reference/procedures.ts';
import { rememberedProcedureId } from '../utils/last-procedure.ts';
import { IntakeForm } from './intake-form.tsx';

/** /tiep-nhan — receive a walk-in or postal dossier at the desk (F2 from anywhere). */
export function IntakePage() {
  const { t } = useTranslation();
  const location = useLocation();
  const procedures = useProcedures();
  useDocumentTitle(`${t('intake.title')} · ${t('app.documentTitle')}`);

  function content() {
    if (procedures.isPending) {
      return (
        <Stack gap="md" aria-busy="true" aria-label={t('intake.procedure.loading')}>
          <Skeleton h={96} />
          <Skeleton h={220} />
          <Skeleton h={180} />
        </Stack>
      );
    }
    if (procedures.isError) {
      return (
        <QueryErrorAlert
          title={t('intake.procedure.loadFailed')}
          error={procedures.error}
          onRetry={() => void procedures.refetch()}
          retrying={procedures.isFetching}
        />
      );
    }
    const remembered = rememberedProcedureId();
    return (
      <IntakeForm
        procedures={procedures.data}
        focusKey={location.key}
        rememberedProcedure={procedures.data.find((procedure) => procedure.id === remembered)}
      />
    );
  }

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('intake.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('intake.subtitle')}
        </Text>
      </div>
      {content()}
    </Stack>
  );
}
