import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './domain/schemas/zod-locale.ts';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app.tsx';
import { createRoutes } from './app/routes.tsx';
import { theme } from './app/theme.ts';
import { TrainingBootScreen } from './app/training-boot-screen.tsx';
import { i18n } from './i18n/i18n.ts';
import type { TrainingControls } from './lib/training-context.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

function renderApp(training: TrainingControls | null) {
  const router = createBrowserRouter(createRoutes());
  root.render(
    <StrictMode>
      <App router={router} training={training} />
    </StrictMode>,
  );
}

function renderBoot(step: string, percent: number, error?: string) {
  root.render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <TrainingBootScreen step={step} percent={percent} error={error} />
      </MantineProvider>
    </StrictMode>,
  );
}

if (import.meta.env.VITE_TRAINING === 'true') {
  // Training mode: the API and its database run in this page; start them before the app
  // makes its first request. The only import from src/ into mocks/.
  renderBoot(i18n.t('app.loading'), 0);
  try {
    // oxlint-disable-next-line no-restricted-imports -- the one allowed import of mocks/ (docs/architecture.md)
    const training = await import('../mocks/browser.ts');
    await training.startTrainingMode((step: string, percent: number) => renderBoot(step, percent));
    renderApp({ resetTrainingData: training.resetTrainingData });
  } catch (error) {
    renderBoot('', 0, error instanceof Error ? error.message : String(error));
  }
} else {
  renderApp(null);
}
