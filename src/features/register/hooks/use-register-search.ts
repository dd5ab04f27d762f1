import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useReportPeriod } from '../../../lib/use-report-period.ts';
import { parseRegisterFilters, registerFilterKeys, type RegisterFilters } from '../utils/register-search.ts';

/** The register's period and filters, all in the URL (the source of truth). */
export function useRegisterSearch() {
  const { period, today, setPeriod } = useReportPeriod();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseRegisterFilters(searchParams), [searchParams]);

  const setFilters = useCallback(
    (change: RegisterFilters) => {
      setSearchParams((current) => {
        const params = new URLSearchParams(current);
        for (const key of registerFilterKeys) {
          if (!(key in change)) continue;
          const value = change[key];
          if (value) params.set(key, value);
          else params.delete(key);
        }
        return params;
      });
    },
    [setSearchParams],
  );

  return { period, today, setPeriod, filters, setFilters };
}
