import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { RegisterRow } from '../../../domain/schemas/reports.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import type { ReportPeriod } from '../../../lib/report-period.ts';
import { registerQuery, type RegisterFilters } from '../utils/register-search.ts';
import { registerKeys } from './register-keys.ts';

export function getRegister(period: ReportPeriod, filters: RegisterFilters, signal?: AbortSignal): Promise<RegisterRow[]> {
  return apiFetch<RegisterRow[]>('/reports/register', { query: registerQuery(period, filters), signal });
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
