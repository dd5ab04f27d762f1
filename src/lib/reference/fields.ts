import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../api-client.ts';
import { referenceKeys } from './reference-keys.ts';

/** GET /api/fields: the fields (lĩnh vực) of the catalogue, by name. */
export function getFields(signal?: AbortSignal) {
  return dataOf(api.GET('/api/fields', { signal }));
}

export function fieldsQueryOptions() {
  return queryOptions({
    queryKey: referenceKeys.fields(),
    queryFn: ({ signal }) => getFields(signal),
    // Fields change with a new national catalogue, a few times a year.
    staleTime: 30 * 60_000,
    refetchOnWindowFocus: false,
  });
}

/** The fields procedures are grouped by, for the list's field filter. */
export function useFields(options: { enabled?: boolean } = {}) {
  return useQuery({ ...fieldsQueryOptions(), enabled: options.enabled ?? true });
}
