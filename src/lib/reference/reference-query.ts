import { queryOptions } from '@tanstack/react-query';

/**
 * The query options of one reference resource: its key, its fetcher and how long it stays
 * fresh. Reference data changes between shifts, not during one, so a window coming back
 * into focus does not ask again.
 */
export function referenceQueryOptions<Data, Key extends readonly unknown[]>(
  queryKey: Key,
  fetcher: (signal: AbortSignal) => Promise<Data>,
  staleTime: number,
) {
  return queryOptions({ queryKey, queryFn: ({ signal }) => fetcher(signal), staleTime, refetchOnWindowFocus: false });
}
