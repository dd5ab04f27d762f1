import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider, type DataRouter } from 'react-router';
import { authKeys } from '../features/auth/api/auth-keys.ts';
import { loginPath, routePatterns } from '../lib/paths.ts';
import { cssVariablesResolver } from './css-variables.ts';
import { LazyNotifications } from './layout/lazy-notifications.tsx';
import { createQueryClient } from './query-client.ts';
import { theme } from './theme.ts';
import { TrainingContext, type TrainingControls } from '../lib/training-context.ts';

export interface AppProps {
  /** A browser router in the page, a memory router in tests; both from `routes`. */
  router: DataRouter;
  /** Present only in training mode: shows the badge and the reset action. */
  training?: TrainingControls | null;
  /** `test` turns off Mantine's transitions and portals. */
  env?: 'default' | 'test';
}

/** State passed to the login page when a session ran out under the officer's hands. */
export interface LoginLocationState {
  sessionExpired?: boolean;
}

/** The whole app: providers around the router. */
export function App({ router, training = null, env = 'default' }: AppProps) {
  const [queryClient] = useState(() => {
    let redirecting = false;
    const client = createQueryClient(
      () => {
      // The one place a 401 is handled: forget everything and go to the login page,
      // remembering where the officer was.
      const { pathname, search } = router.state.location;
      if (redirecting || pathname === routePatterns.login) return;
      redirecting = true;
      const state: LoginLocationState = { sessionExpired: client.getQueryData(authKeys.currentUser()) !== undefined };
      void Promise.resolve(router.navigate(loginPath(`${pathname}${search}`), { replace: true, state })).finally(() => {
        client.clear();
        redirecting = false;
      });
      },
      // Who the user is says so now (mustChangePassword); RequireAuth then shows the change-password page.
      () => void client.invalidateQueries({ queryKey: authKeys.currentUser() }),
    );
    return client;
  });

  return (
    <MantineProvider theme={theme} env={env} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <LazyNotifications />
      <QueryClientProvider client={queryClient}>
        <TrainingContext value={training}>
          <RouterProvider router={router} />
        </TrainingContext>
      </QueryClientProvider>
    </MantineProvider>
  );
}
