import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordRequest } from '../../../domain/schemas/auth.ts';
import { api, dataOf } from '../../../lib/api-client.ts';
import { authKeys } from './auth-keys.ts';

/** POST /api/auth/password: the user, no longer required to change the password. */
export function changePassword(request: ChangePasswordRequest) {
  return dataOf(api.POST('/api/auth/password', { body: request }));
}

/** Changes the user's own password; the user it returns replaces the cached one. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (user) => queryClient.setQueryData(authKeys.currentUser(), user),
  });
}
