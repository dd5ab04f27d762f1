import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UnitSummary } from '../../../domain/schemas/directory.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { registerKeys } from './register-keys.ts';

export function getUnits(signal?: AbortSignal): Promise<UnitSummary[]> {
  return apiFetch<UnitSummary[]>('/units', { signal });
}

export function unitsQueryOptions() {
  return queryOptions({
    queryKey: registerKeys.units(),
    queryFn: ({ signal }) => getUnits(signal),
    staleTime: 30 * 60_000,
  });
}

/** Active units, for the register's deciding-unit filter. */
export function useUnits() {
  return useQuery(unitsQueryOptions());
}
