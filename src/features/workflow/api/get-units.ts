import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UnitSummary } from '../../../domain/schemas/directory.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { workflowKeys } from './workflow-keys.ts';

export function getUnits(signal?: AbortSignal): Promise<UnitSummary[]> {
  return apiFetch<UnitSummary[]>('/units', { signal });
}

export function unitsQueryOptions() {
  return queryOptions({
    queryKey: workflowKeys.units(),
    queryFn: ({ signal }) => getUnits(signal),
    // Departments change a few times a year, never while a dialog is open.
    staleTime: 30 * 60_000,
  });
}

/** Active units: the centre, the departments and outside authorities. */
export function useUnits() {
  return useQuery(unitsQueryOptions());
}
