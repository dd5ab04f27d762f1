import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Procedure } from '../../../domain/schemas/catalogue.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { intakeKeys } from './intake-keys.ts';

export function getProcedures(signal?: AbortSignal): Promise<Procedure[]> {
  return apiFetch<Procedure[]>('/procedures', { signal });
}

export function proceduresQueryOptions() {
  return queryOptions({
    queryKey: intakeKeys.procedures(),
    queryFn: ({ signal }) => getProcedures(signal),
    // The catalogue changes when an administrator republishes it, not during a shift.
    staleTime: 10 * 60_000,
    refetchOnWindowFocus: false,
  });
}

/** The procedures in force today, with their checklists, sorted by field then name. */
export function useProcedures() {
  return useQuery(proceduresQueryOptions());
}
