import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Procedure } from '../../../domain/schemas/catalogue.ts';
import type { UnitSummary, UserSummary } from '../../../domain/schemas/directory.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { dossierKeys } from './dossier-keys.ts';

export interface FilterOptions {
  procedures: Procedure[];
  departments: UnitSummary[];
  handlers: UserSummary[];
}

export async function getFilterOptions(signal?: AbortSignal): Promise<FilterOptions> {
  const [procedures, units, handlers] = await Promise.all([
    apiFetch<Procedure[]>('/procedures', { signal }),
    apiFetch<UnitSummary[]>('/units', { signal }),
    apiFetch<UserSummary[]>('/users', { query: { role: 'handler' }, signal }),
  ]);
  return { procedures, departments: units.filter((unit) => unit.kind === 'department'), handlers };
}

export function filterOptionsQueryOptions() {
  return queryOptions({
    queryKey: dossierKeys.filterOptions(),
    queryFn: ({ signal }) => getFilterOptions(signal),
    // The catalogue and staff change rarely; the list filters only need names.
    staleTime: 10 * 60_000,
  });
}

/** Procedures, departments and handlers the list can be filtered by. */
export function useFilterOptions(options: { enabled?: boolean } = {}) {
  return useQuery({ ...filterOptionsQueryOptions(), enabled: options.enabled ?? true });
}
