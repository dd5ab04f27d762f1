import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client.ts';
import type { ReportPeriod } from '../../../lib/report-period.ts';
import { overviewKeys } from './overview-keys.ts';

/** GET /api/reports/overview for a period. */
export function getOverview(period: ReportPeriod, signal?: AbortSignal) {
  return dataOf(api.GET('/api/reports/overview', { params: { query: { from: period.from, to: period.to } }, signal }));
}

export function overviewQueryOptions(period: ReportPeriod) {
  return queryOptions({
    queryKey: overviewKeys.period(period),
    queryFn: ({ signal }) => getOverview(period, signal),
    // Changing the period keeps the current figures on screen (dimmed) until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

/** The overview for a period: the commune's work now and the Decision 766 figures of the period. */
export function useOverview(period: ReportPeriod) {
  return useQuery(overviewQueryOptions(period));
}
