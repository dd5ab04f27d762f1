import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../api-client.ts';
import { referenceKeys } from './reference-keys.ts';

/** GET /api/settings/centre: the names and codes printed on official forms and the register. */
export function getCentreSettings(signal?: AbortSignal) {
  return dataOf(api.GET('/api/settings/centre', { signal }));
}

export function centreSettingsQueryOptions() {
  return queryOptions({
    queryKey: referenceKeys.centreSettings(),
    queryFn: ({ signal }) => getCentreSettings(signal),
    // The names on the letterhead change once in a long while.
    staleTime: 30 * 60_000,
    refetchOnWindowFocus: false,
  });
}

/** The letterhead of every form and the register's header: province, people's committee, commune, place, centre. */
export function useCentreSettings() {
  return useQuery(centreSettingsQueryOptions());
}
