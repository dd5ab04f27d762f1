import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../api-client.ts';
import { referenceKeys } from './reference-keys.ts';
import { referenceQueryOptions } from './reference-query.ts';

/** GET /api/units: the active units, the centre first, then departments, then outside authorities. */
export function getUnits(signal?: AbortSignal) {
  return dataOf(api.GET('/api/units', { signal }));
}

/** Departments change a few times a year, never while a dialog is open. */
export const unitsQueryOptions = () => referenceQueryOptions(referenceKeys.units(), getUnits, 30 * 60_000);

/** Active units: the centre, the departments and outside authorities. */
export function useUnits(options: { enabled?: boolean } = {}) {
  return useQuery({ ...unitsQueryOptions(), enabled: options.enabled ?? true });
}
