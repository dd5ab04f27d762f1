import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../api-client.ts';
import { referenceKeys } from './reference-keys.ts';
import { referenceQueryOptions } from './reference-query.ts';

/** GET /api/fields: the fields (lĩnh vực) of the catalogue, by name. */
export function getFields(signal?: AbortSignal) {
  return dataOf(api.GET('/api/fields', { signal }));
}

/** Fields change with a new national catalogue, a few times a year. */
export const fieldsQueryOptions = () => referenceQueryOptions(referenceKeys.fields(), getFields, 30 * 60_000);

/** The fields procedures are grouped by, for the list's field filter. */
export function useFields(options: { enabled?: boolean } = {}) {
  return useQuery({ ...fieldsQueryOptions(), enabled: options.enabled ?? true });
}
