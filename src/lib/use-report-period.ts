import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parsePeriod, todayInVietnam, type ReportPeriod } from './report-period.ts';

/**
 * A report's period, read from and written to the URL (`from`, `to`) so a report can be
 * reloaded, bookmarked and shared. Other search parameters (a report's own filters) stay
 * as they are.
 */
export function useReportPeriod() {
  const [searchParams, setSearchParams] = useSearchParams();
  const today = todayInVietnam();
  const period = useMemo(() => parsePeriod(searchParams, today), [searchParams, today]);

  const setPeriod = useCallback(
    (next: ReportPeriod) => {
      setSearchParams((current) => {
        const params = new URLSearchParams(current);
        params.set('from', next.from);
        params.set('to', next.to);
        return params;
      });
    },
    [setSearchParams],
  );

  return { period, today, setPeriod };
}
