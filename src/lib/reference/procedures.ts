import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../api-client.ts';
import { referenceKeys } from './reference-keys.ts';
import { referenceQueryOptions } from './reference-query.ts';

/** GET /api/procedures: the procedures in force today with their checklists, sorted by field then name. */
export function getProcedures(signal?: AbortSignal) {
  return dataOf(api.GET('/api/procedures', { signal }));
}

/** The catalogue changes when an administrator republishes it, not during a shift. */
export const proceduresQueryOptions = () => referenceQueryOptions(referenceKeys.procedures(), getProcedures, 10 * 60_000);

/** The procedures in force: the intake form's picker, the list's and the register's filters. */
export function useProcedures(options: { enabled?: boolean } = {}) {
  return useQuery({ ...proceduresQueryOptions(), enabled: options.enabled ?? true });
}
