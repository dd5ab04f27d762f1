import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, type RouteObject } from 'react-router';
import '../../src/domain/schemas/zod-locale.ts';
import { App } from '../../src/app/app.tsx';
import { createRoutes } from '../../src/app/routes.tsx';
import { i18n, i18nReady, loadScreenStrings } from '../../src/i18n/i18n.ts';
import { api } from '../../src/lib/api-client.ts';
import type { TrainingControls } from '../../src/lib/training-context.ts';

// The API runs on PGlite in the same process as the UI: on a busy 2-core machine an answer
// can take several seconds. A passing test never waits this long; it only bounds a failure.
configure({ asyncUtilTimeout: 15_000 });

// Pages are lazy chunks. Load every route's component once here, while the file is
// imported, so no test spends its time budget transforming modules after a click (on a
// busy 2-core machine that took seconds and made navigation tests time out).
async function preloadLazyRoutes(routes: readonly RouteObject[]): Promise<void> {
  await Promise.all(
    routes.map(async (route) => {
      if (route.lazy && typeof route.lazy === 'object') await route.lazy.Component?.();
      if (route.children) await preloadLazyRoutes(route.children);
    }),
  );
}
// The catalogues too (components rendered on their own need the screens' strings), and the
// components the pages load when used (lazyComponent).
await i18nReady;
await Promise.all([
  preloadLazyRoutes(createRoutes()),
  loadScreenStrings(),
  import('../../src/features/workflow/components/action-dialog.tsx'),
  import('../../src/features/workflow/components/bulk-assign-bar.tsx'),
  import('../../src/features/workflow/components/bulk-approve-bar.tsx'),
  import('../../src/features/dossiers/components/dossier-filter-panel.tsx'),
]);

/** The demo accounts' shared password (mocks/demo-data). */
export const demoPassword = 'motcua2026';

export interface RenderAppOptions {
  /** Pass to render the app as in training mode. */
  training?: TrainingControls;
}

/**
 * Renders the real app (providers, routes, shell) around a memory router at `url`, in
 * Vietnamese, with Mantine's test environment (no transitions, no portals). Requests go
 * through MSW into the real API (tests/setup/ui-setup.ts).
 */
export function renderApp(url = '/', options: RenderAppOptions = {}) {
  void i18n.changeLanguage('vi');
  const router = createMemoryRouter(createRoutes(), { initialEntries: [url] });
  // One macrotask between keystrokes (`delay: 0`), as fast as a scanner. `delay: null` never
  // yields, so a combobox has not rendered its highlighted option when Enter arrives and the
  // keystroke is lost (the intake picker then keeps the typed text).
  const user = userEvent.setup({ delay: 0 });
  const view = render(<App router={router} env="test" training={options.training ?? null} />);
  return {
    ...view,
    user,
    router,
    /** The current in-app URL, e.g. `/ho-so?status=received`. */
    currentUrl: () => `${router.state.location.pathname}${router.state.location.search}`,
    searchParams: () => new URLSearchParams(router.state.location.search),
  };
}

/**
 * Opens a session without going through the form (the session cookie lands in the MSW
 * cookie store), for tests whose subject is not logging in.
 */
export async function logInAs(username: string, password = demoPassword): Promise<void> {
  await api.POST('/api/auth/login', { body: { username, password } });
}
