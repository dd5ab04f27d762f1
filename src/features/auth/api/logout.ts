import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../../lib/api-client.ts';

export async function logout(): Promise<void> {
  try {
    await api.POST('/api/auth/logout');
  } catch (error) {
    // The session is already gone: that is what logging out wanted.
    if (isApiError(error) && error.isUnauthorized) return;
    throw error;
  }
}

/**
 * Ends the session. `leave` runs first (navigate to the login page) and the cache is
 * cleared after, so no screen still on display refetches with the dead session.
 */
export function useLogout({ leave }: { leave: () => Promise<void> | void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    meta: { handlesUnauthorized: true },
    onSuccess: async () => {
      await leave();
      queryClient.clear();
    },
  });
}
