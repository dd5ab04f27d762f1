import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CentreSettings } from '../../../domain/schemas/catalogue.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { printKeys } from './print-keys.ts';

export function getCentreSettings(signal?: AbortSignal): Promise<CentreSettings> {
  return apiFetch<CentreSettings>('/settings/centre', { signal });
}

export function centreSettingsQueryOptions() {
  return queryOptions({
    queryKey: printKeys.centre(),
    queryFn: ({ signal }) => getCentreSettings(signal),
    // The names on the letterhead change once in a long while.
    staleTime: 30 * 60_000,
    refetchOnWindowFocus: false,
  });
}

/** The letterhead of every form: province, people's committee, commune, place, centre. */
export function useCentreSettings() {
  return useQuery(centreSettingsQueryOptions());
}
