import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client.ts';
import type { ReportPeriod } from '../../../lib/report-period.ts';
import { registerQuery, type RegisterFilters } from '../utils/register-search.ts';
import { registerKeys } from './register-keys.ts';

/** GET /api/reports/register: the rows of form 07. */
export function getRegister(period: ReportPeriod, filters: RegisterFilters, signal?: AbortSignal) {
  return dataOf(api.GET('/api/reports/register', { params: { query: registerQuery(period, filters) }, signal }));
}

export function registerQueryOptions(period: ReportPeriod, filters: RegisterFilters) {
  return queryOptions({
    queryKey: registerKeys.list(period, filters),
    queryFn: ({ signal }) => getRegister(period, filters, signal),
    placeholderData: keepPreviousData,
  });
}

/** The rows of form 07: dossiers received in the period, in receipt order, numbered. */
export function useRegister(period: ReportPeriod, filters: RegisterFilters) {
  return useQuery(registerQueryOptions(period, filters));
}
