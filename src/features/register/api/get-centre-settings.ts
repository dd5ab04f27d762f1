import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CentreSettings } from '../../../domain/schemas/catalogue.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { registerKeys } from './register-keys.ts';

export function getCentreSettings(signal?: AbortSignal): Promise<CentreSettings> {
  return apiFetch<CentreSettings>('/settings/centre', { signal });
}

export function centreSettingsQueryOptions() {
  return queryOptions({
    queryKey: registerKeys.centre(),
    queryFn: ({ signal }) => getCentreSettings(signal),
    // The names in the register's header change once in a long while.
    staleTime: 30 * 60_000,
    refetchOnWindowFocus: false,
  });
}

/** The register's header: people's committee and centre. */
export function useCentreSettings() {
  return useQuery(centreSettingsQueryOptions());
}
