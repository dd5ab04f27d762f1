import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordRequest, CurrentUser } from '../../../domain/schemas/auth.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { authKeys } from './auth-keys.ts';

export function changePassword(request: ChangePasswordRequest): Promise<CurrentUser> {
  return apiFetch<CurrentUser>('/auth/password', { method: 'POST', body: request });
}

/** Changes the user's own password; the user (no longer required to change it) replaces the cached one. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (user) => queryClient.setQueryData(authKeys.currentUser(), user),
  });
}
