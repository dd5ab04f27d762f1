import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/** POST /api/auth/logout-all: every session of the user ends, this one included. */
export async function logoutEverywhere(): Promise<void> {
  await api.POST('/api/auth/logout-all');
}

/** Ends every session of the user; then like logging out (`leave` first, cache cleared after). */
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
