import { EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconNotebook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AccessDenied } from '../../../components/access-denied.tsx';
import { PeriodPicker } from '../../../components/period-picker.tsx';
import { QueryErrorAlert } from '../../../components/query-error-alert.tsx';
import { formatLocalDate } from '../../../lib/report-period.ts';
import { useCentreSettings } from '../../../lib/reference/centre-settings.ts';
import { useRegister } from '../api/get-register.ts';
import { useRegisterSearch } from '../hooks/use-register-search.ts';
import { useFilterLines } from '../hooks/use-filter-lines.ts';
import { RegisterActions } from './register-actions.tsx';
import { RegisterFilters } from './register-filters.tsx';
import { RegisterSheet } from './register-sheet.tsx';
import { RegisterSkeleton } from './register-skeleton.tsx';
import classes from './register.module.css';

/**
 * On paper only the sheet: A4 landscape, without the app's header and navigation. In a
 * <style> owned by the page, so the rule leaves with it and other pages print as before.
 */
const printCss = `
@page { size: A4 landscape; margin: 10mm; }
@media print {
  .mantine-AppShell-header, .mantine-AppShell-navbar { display: none !important; }
  .mantine-AppShell-main { padding: 0 !important; min-height: 0 !important; }
  a[href="#main-content"] { display: none !important; }
}`;

/** /so-theo-doi: the tracking register (form 07) of a period, to read, export to Excel and print. */
export function RegisterPage() {
  const { t } = useTranslation();
  const { period, today, setPeriod, filters, setFilters } = useRegisterSearch();
  const register = useRegister(period, filters);
  const centre = useCentreSettings();
  const filterLines = useFilterLines(filters);
  useDocumentTitle(`${t('register.title')} ${formatLocalDate(period.from)}–${formatLocalDate(period.to)} · ${t('app.documentTitle')}`);
  const forbidden = register.isError && register.error.status === 403;

  function content() {
    if (forbidden) {
      return <AccessDenied title={t('register.forbiddenTitle')} body={t('register.forbiddenBody')} detail={register.error?.message} />;
    }
    if (register.isError && !register.data) {
      return (
        <QueryErrorAlert title={t('register.loadFailed')} error={register.error} onRetry={() => void register.refetch()} retrying={register.isFetching} />
      );
    }
    if (centre.isError) {
      return <QueryErrorAlert title={t('register.loadFailed')} error={centre.error} onRetry={() => void centre.refetch()} retrying={centre.isFetching} />;
    }
    if (!register.data || !centre.data) return <RegisterSkeleton />;
    if (register.data.length === 0) {
      return (
        <EmptyState
          py="xl"
          icon={<IconNotebook size={40} aria-hidden />}
          withIndicatorBackground
          title={t('register.emptyTitle')}
          description={t('register.emptyBody')}
        />
      );
    }
    return (
      <div className={classes.periodBody} data-busy={register.isPlaceholderData || undefined} aria-busy={register.isPlaceholderData}>
        <RegisterSheet centre={centre.data} period={period} filterLines={filterLines} rows={register.data} />
      </div>
    );
  }

  return (
    <Stack gap="lg">
      <style>{printCss}</style>
      <Stack gap="md" className={classes.screenOnly}>
        <Group justify="space-between" align="flex-end" gap="md">
          <div>
            <Title order={1}>{t('register.title')}</Title>
            <Text c="dimmed" size="sm">
              {t('register.subtitle')}
            </Text>
          </div>
          {!forbidden && <RegisterActions period={period} filters={filters} canPrint={!!register.data?.length && !!centre.data} />}
        </Group>
        {!forbidden && (
          <Group gap="sm" align="flex-end" wrap="wrap">
            <PeriodPicker period={period} today={today} onChange={setPeriod} />
            <RegisterFilters filters={filters} onChange={setFilters} />
          </Group>
        )}
        {register.data && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('register.count', { count: register.data.length })}
          </Text>
        )}
      </Stack>
      {content()}
    </Stack>
  );
}
