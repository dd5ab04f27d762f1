import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CurrentUser } from '../../../domain/schemas/auth.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { authKeys } from './auth-keys.ts';

export function getCurrentUser(signal?: AbortSignal): Promise<CurrentUser> {
  return apiFetch<CurrentUser>('/auth/me', { signal });
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
