import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Box, Tabs, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../domain/schemas/reports.ts';
import { formatLocalDate, type ReportPeriod } from '../../../lib/report-period.ts';
import { formatCount } from '../utils/figures.ts';
import { WeeklyTable } from './weekly-table.tsx';

export interface WeeklyChartProps {
  /** The weeks to show (those already begun). */
  weeks: Overview['weekly'];
  period: ReportPeriod;
}

/**
 * Received against decided, week by week, as bars; the same figures as a table (with
 * links) one tab away. The chart carries a spoken summary of every bar.
 */
export function WeeklyChart({ weeks, period }: WeeklyChartProps) {
  const { t } = useTranslation();
  const data = weeks.map((week) => ({
    week: formatLocalDate(week.weekStart).slice(0, 5),
    received: week.received,
    decided: week.decided,
  }));
  const summary = t('overview.weekly.summary', {
    weeks: weeks
      .map((week) =>
        t('overview.weekly.summaryWeek', { date: formatLocalDate(week.weekStart), received: week.received, decided: week.decided }),
      )
      .join(' '),
  });
  return (
    <Tabs defaultValue="chart" variant="pills">
      <Tabs.List mb="md">
        <Tabs.Tab value="chart">{t('overview.weekly.chartTab')}</Tabs.Tab>
        <Tabs.Tab value="table">{t('overview.weekly.tableTab')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="chart">
        <Box component="figure" m={0}>
          {/* The bars' figures are in the caption (and the table tab): the drawing itself is left out for screen readers. */}
          <div aria-hidden>
            <BarChart
              h={280}
              data={data}
              dataKey="week"
              series={[
                { name: 'received', label: t('overview.weekly.received'), color: 'deskBlue.4' },
                { name: 'decided', label: t('overview.weekly.decided'), color: 'teal.7' },
              ]}
              withLegend
              // Received first, as in the table (the legend would sort by label).
              legendProps={{ verticalAlign: 'top', height: 36, itemSorter: (item) => (item.dataKey === 'received' ? 0 : 1) }}
              tickLine="y"
              gridAxis="y"
              valueFormatter={formatCount}
              yAxisProps={{ allowDecimals: false, width: 40 }}
              maxBarWidth={28}
              accessibilityLayer={false}
            />
          </div>
          <VisuallyHidden component="figcaption">{summary}</VisuallyHidden>
        </Box>
      </Tabs.Panel>
      <Tabs.Panel value="table">
        <WeeklyTable weeks={weeks} period={period} />
      </Tabs.Panel>
    </Tabs>
  );
}
