import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UserSummary } from '../../../domain/schemas/directory.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { printKeys } from './print-keys.ts';

export function getStaff(signal?: AbortSignal): Promise<UserSummary[]> {
  return apiFetch<UserSummary[]>('/users', { signal });
}

export function staffQueryOptions() {
  return queryOptions({
    queryKey: printKeys.staff(),
    queryFn: ({ signal }) => getStaff(signal),
    staleTime: 10 * 60_000,
    refetchOnWindowFocus: false,
  });
}

/**
 * Active staff with their work phones. Form 02 prints the guiding officer's phone, and a
 * dossier event names its actor but carries no id or phone: the sheet looks the name up.
 */
export function useStaff() {
  return useQuery(staffQueryOptions());
}
