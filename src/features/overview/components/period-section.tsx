import { Card, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PeriodPicker } from '../../../components/period-picker.tsx';
import type { Overview } from '../../../domain/schemas/reports.ts';
import { formatLocalDate, type ReportPeriod } from '../../../lib/report-period.ts';
import { IndicatorCards } from './indicator-cards.tsx';
import { SatisfactionSection } from './satisfaction-section.tsx';
import { ProcessingTimeTable } from './processing-time-table.tsx';
import { WeeklyChart } from './weekly-chart.tsx';
import classes from './overview.module.css';

export interface PeriodSectionProps {
  overview: Overview;
  period: ReportPeriod;
  today: string;
  onPeriodChange: (period: ReportPeriod) => void;
  /** True while the figures of a newly chosen period are loading (the old ones stay, dimmed). */
  busy: boolean;
}

/** The Decision 766 figures, processing times and weekly flow of the chosen period. */
export function PeriodSection({ overview, period, today, onPeriodChange, busy }: PeriodSectionProps) {
  const { t } = useTranslation();
  const { indicators } = overview;
  const empty = indicators.received === 0 && indicators.decided === 0;
  // Weeks not begun yet (the rest of this month or year) would only show empty bars.
  const weeks = overview.weekly.filter((week) => week.weekStart <= today);
  const range = t('overview.period.range', { from: formatLocalDate(period.from), to: formatLocalDate(period.to) });

  return (
    <Stack component="section" aria-labelledby="overview-period" gap="md">
      <Group justify="space-between" align="flex-end" gap="md">
        <div>
          <Title order={2} id="overview-period">
            {t('overview.period.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {range}
          </Text>
        </div>
        <PeriodPicker period={period} today={today} onChange={onPeriodChange} />
      </Group>
      <Stack gap="md" className={classes.periodBody} data-busy={busy || undefined} aria-busy={busy}>
        {empty ? (
          <EmptyState
            py="xl"
            icon={<IconCalendarOff size={40} aria-hidden />}
            withIndicatorBackground
            title={t('overview.period.emptyTitle')}
            description={t('overview.period.emptyBody')}
          />
        ) : (
          <>
            <IndicatorCards indicators={indicators} satisfaction={overview.satisfaction} onlinePayment={overview.onlinePayment} period={period} />
            <SatisfactionSection satisfaction={overview.satisfaction} period={period} />
            <Card>
              <Title order={3} size="h4" mb="sm">
                {t('overview.weekly.title')}
              </Title>
              <WeeklyChart weeks={weeks} period={period} />
            </Card>
            <Card>
              <Title order={3} size="h4">
                {t('overview.processing.title')}
              </Title>
              <Text size="xs" c="dimmed" mb="sm">
                {t('overview.processing.hint')}
              </Text>
              <ProcessingTimeTable rows={overview.processingTime} period={period} caption={t('overview.processing.title')} />
            </Card>
          </>
        )}
      </Stack>
    </Stack>
  );
}
