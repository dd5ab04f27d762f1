import type { ReportPeriod } from '../../../lib/report-period.ts';

/** Query keys of the overview feature, general to specific. */
export const overviewKeys = {
  all: ['overview'] as const,
  periods: () => [...overviewKeys.all, 'period'] as const,
  period: (period: ReportPeriod) => [...overviewKeys.periods(), period] as const,
};
