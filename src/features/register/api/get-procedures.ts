import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Procedure } from '../../../domain/schemas/catalogue.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { registerKeys } from './register-keys.ts';

export function getProcedures(signal?: AbortSignal): Promise<Procedure[]> {
  return apiFetch<Procedure[]>('/procedures', { signal });
}

export function proceduresQueryOptions() {
  return queryOptions({
    queryKey: registerKeys.procedures(),
    queryFn: ({ signal }) => getProcedures(signal),
    staleTime: 10 * 60_000,
    refetchOnWindowFocus: false,
  });
}

/** The procedures in force, for the register's procedure filter. */
export function useProcedures() {
  return useQuery(proceduresQueryOptions());
}
