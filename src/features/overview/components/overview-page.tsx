import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { AccessDenied } from '../../../components/access-denied.tsx';
import { QueryErrorAlert } from '../../../components/query-error-alert.tsx';
import { useReportPeriod } from '../../../lib/use-report-period.ts';
import { useOverview } from '../api/get-overview.ts';
import { CurrentWorkSection } from './current-work-section.tsx';
import { OverviewSkeleton } from './overview-skeleton.tsx';
import { PeriodSection } from './period-section.tsx';

/**
 * /tong-quan: the chairperson's overview. The work of the commune now, then the Decision
 * 766 figures of a period kept in the URL. Every figure opens the list of its dossiers.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  const { period, today, setPeriod } = useReportPeriod();
  const overview = useOverview(period);
  useDocumentTitle(`${t('overview.title')} · ${t('app.documentTitle')}`);

  function content() {
    if (overview.isPending) return <OverviewSkeleton />;
    if (overview.isError && overview.error.status === 403) {
      return <AccessDenied title={t('overview.forbiddenTitle')} body={t('overview.forbiddenBody')} detail={overview.error.message} />;
    }
    if (overview.isError && !overview.data) {
      return (
        <QueryErrorAlert
          title={t('overview.loadFailed')}
          error={overview.error}
          onRetry={() => void overview.refetch()}
          retrying={overview.isFetching}
        />
      );
    }
    return (
      <>
        {overview.isError && (
          <QueryErrorAlert title={t('overview.loadFailed')} error={overview.error} onRetry={() => void overview.refetch()} />
        )}
        <CurrentWorkSection overview={overview.data} />
        <PeriodSection
          overview={overview.data}
          period={period}
          today={today}
          onPeriodChange={setPeriod}
          busy={overview.isPlaceholderData}
        />
      </>
    );
  }

  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('overview.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('overview.subtitle')}
        </Text>
      </div>
      {content()}
    </Stack>
  );
}
