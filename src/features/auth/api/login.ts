import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest } from '../../../domain/schemas/auth.ts';
import { api, dataOf } from '../../../lib/api-client.ts';
import { authKeys } from './auth-keys.ts';

/** POST /api/auth/login: the user, with the session cookie set. */
export function login(credentials: LoginRequest) {
  return dataOf(api.POST('/api/auth/login', { body: credentials }));
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    // A wrong password is a 401 shown beside the password field, not an expired session.
    meta: { handlesUnauthorized: true },
    onSuccess: (user) => {
      // Whatever a previous user left in the cache must not be shown to this one.
      queryClient.clear();
      queryClient.setQueryData(authKeys.currentUser(), user);
    },
  });
}
