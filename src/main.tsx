import '@mantine/core/styles.css';
// Before any schema is defined: zod's messages become codes, and in a browser zod must not
// probe eval (the Content-Security-Policy forbids it). See zod-locale.ts.
import './domain/schemas/zod-locale.ts';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app.tsx';
import { createRoutes } from './app/routes.tsx';
import { theme } from './app/theme.ts';
import { TrainingBootScreen } from './app/training-boot-screen.tsx';
import { i18nReady } from './i18n/i18n.ts';
import type { TrainingBootProgress, TrainingControls } from './lib/training-context.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

// The router starts loading the page's lazy modules at once, while the catalogue (and in
// training mode the database) arrives.
const router = createBrowserRouter(createRoutes());

async function renderApp(training: TrainingControls | null) {
  await i18nReady;
  root.render(
    <StrictMode>
      <App router={router} training={training} />
    </StrictMode>,
  );
}

function renderBoot(progress: TrainingBootProgress | null, error?: string) {
  root.render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <TrainingBootScreen progress={progress} error={error} />
      </MantineProvider>
    </StrictMode>,
  );
}

async function startTraining() {
  // Training mode: the API and its database run in this page; start them before the app
  // makes its first request. The only import from src/ into mocks/.
  // oxlint-disable-next-line no-restricted-imports -- the one allowed import of mocks/ (docs/architecture.md)
  const loading = import('../mocks/browser.ts');
  await i18nReady;
  renderBoot(null);
  try {
    const training = await loading;
    await training.startTrainingMode((progress) => renderBoot(progress));
    await renderApp({ resetTrainingData: training.resetTrainingData });
  } catch (error) {
    renderBoot(null, error instanceof Error ? error.message : String(error));
  }
}

void (import.meta.env.VITE_TRAINING === 'true' ? startTraining() : renderApp(null));
