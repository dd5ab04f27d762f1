import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, type ApiError } from '../lib/api-client.ts';

declare module '@tanstack/react-query' {
  interface Register {
    // Every fetcher goes through the API client (lib/api-client.ts), which only ever throws ApiError.
    defaultError: ApiError;
    mutationMeta: {
      /**
       * The mutation shows a 401 itself (logging in with a wrong password is a 401 that
       * belongs beside the password field, not a lost session).
       */
      handlesUnauthorized?: boolean;
    };
  }
}

function isUnauthorized(error: unknown): boolean {
  return isApiError(error) && error.isUnauthorized;
}

/** An administrator asked for a new password while this session was open. */
function isPasswordChangeRequired(error: unknown): boolean {
  return isApiError(error) && error.code === 'password_change_required';
}

/**
 * The app's QueryClient. A 401 from any query or mutation lands here, in one place, and
 * calls `onUnauthorized` (which clears the cache and goes to the login page); a 403 that
 * asks for a new password calls `onPasswordChangeRequired`.
 */
export function createQueryClient(onUnauthorized: () => void, onPasswordChangeRequired: () => void = () => {}): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isUnauthorized(error)) onUnauthorized();
        else if (isPasswordChangeRequired(error)) onPasswordChangeRequired();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _onMutateResult, mutation) => {
        if (isUnauthorized(error) && !mutation.meta?.handlesUnauthorized) onUnauthorized();
        else if (isPasswordChangeRequired(error)) onPasswordChangeRequired();
      },
    }),
    defaultOptions: {
      queries: {
        // A 4xx will not change on retry (and a 401 must redirect at once); a network
        // blip or a 5xx gets two more tries.
        retry: (failureCount, error) => !(isApiError(error) && error.isClientError) && failureCount < 2,
        // Several officers change the same dossiers: keep data fresh but do not refetch
        // on every mount.
        staleTime: 15_000,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
