import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from './api-client.ts';

/** GET /api/setup: whether the installation still waits for its first-run setup (the login page and the setup page ask). */
export const setupStatusQueryOptions = () =>
  queryOptions({
    queryKey: ['setup-status'] as const,
    queryFn: ({ signal }) => dataOf(api.GET('/api/setup', { signal })),
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });

export function useSetupStatus() {
  return useQuery(setupStatusQueryOptions());
}
