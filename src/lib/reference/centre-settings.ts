import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../api-client.ts';
import { referenceKeys } from './reference-keys.ts';
import { referenceQueryOptions } from './reference-query.ts';

/** GET /api/settings/centre: the names and codes printed on official forms and the register. */
export function getCentreSettings(signal?: AbortSignal) {
  return dataOf(api.GET('/api/settings/centre', { signal }));
}

/** The names on the letterhead change once in a long while. */
export const centreSettingsQueryOptions = () => referenceQueryOptions(referenceKeys.centreSettings(), getCentreSettings, 30 * 60_000);

/** The letterhead of every form and the register's header: province, people's committee, commune, place, centre. */
export function useCentreSettings() {
  return useQuery(centreSettingsQueryOptions());
}
