import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchSetupStatus } from './setup-needed.ts';

/** GET /api/setup as a query: the setup page watches it (another browser may finish first). */
export const setupStatusQueryOptions = () =>
  queryOptions({
    queryKey: ['setup-status'] as const,
    queryFn: ({ signal }) => fetchSetupStatus(signal),
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });

export function useSetupStatus() {
  return useQuery(setupStatusQueryOptions());
}
