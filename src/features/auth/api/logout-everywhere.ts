import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';

export function logoutEverywhere(): Promise<void> {
  return apiFetch<undefined>('/auth/logout-all', { method: 'POST' });
}

/** Ends every session of the user, this one included; then like logging out (`leave` first, cache cleared after). */
export function useLogoutEverywhere({ leave }: { leave: () => Promise<void> | void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logoutEverywhere,
    onSuccess: async () => {
      await leave();
      queryClient.clear();
    },
  });
}
