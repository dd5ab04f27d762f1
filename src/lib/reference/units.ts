import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../api-client.ts';
import { referenceKeys } from './reference-keys.ts';

/** GET /api/units: the active units, the centre first, then departments, then outside authorities. */
export function getUnits(signal?: AbortSignal) {
  return dataOf(api.GET('/api/units', { signal }));
}

export function unitsQueryOptions() {
  return queryOptions({
    queryKey: referenceKeys.units(),
    queryFn: ({ signal }) => getUnits(signal),
    // Departments change a few times a year, never while a dialog is open.
    staleTime: 30 * 60_000,
    refetchOnWindowFocus: false,
  });
}

/** Active units: the centre, the departments and outside authorities. */
export function useUnits(options: { enabled?: boolean } = {}) {
  return useQuery({ ...unitsQueryOptions(), enabled: options.enabled ?? true });
}
