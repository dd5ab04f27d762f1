import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import '../../src/domain/schemas/zod-locale.ts';
import { App } from '../../src/app/app.tsx';
import { createRoutes } from '../../src/app/routes.tsx';
import { i18n } from '../../src/i18n/i18n.ts';
import { api } from '../../src/lib/api-client.ts';
import type { TrainingControls } from '../../src/lib/training-context.ts';

// The API runs on PGlite in the same process as the UI: on a busy 2-core machine an answer
// can take a few seconds.
configure({ asyncUtilTimeout: 8000 });

// Pages are lazy chunks. Load them once here, while the file is imported, so the first
// test of each file does not spend its time budget transforming modules.
await Promise.all([
  import('../../src/features/auth/components/login-page.tsx'),
  import('../../src/app/layout/app-layout.tsx'),
  import('../../src/features/dossiers/components/dossier-list-page.tsx'),
  import('../../src/features/dossiers/components/dossier-detail-page.tsx'),
  import('../../src/app/routes/not-found-page.tsx'),
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
  const user = userEvent.setup();
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
