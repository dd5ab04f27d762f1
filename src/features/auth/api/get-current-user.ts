import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client.ts';
import { authKeys } from './auth-keys.ts';

/** GET /api/auth/me: who the session belongs to. */
export function getCurrentUser(signal?: AbortSignal) {
  return dataOf(api.GET('/api/auth/me', { signal }));
}

export function currentUserQueryOptions() {
  return queryOptions({
    queryKey: authKeys.currentUser(),
    queryFn: ({ signal }) => getCurrentUser(signal),
    // Who is logged in changes only through login/logout, which update this entry.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/** The logged-in user. A 401 sends the app to the login page (see app/query-client.ts). */
export function useCurrentUser() {
  return useQuery(currentUserQueryOptions());
}
