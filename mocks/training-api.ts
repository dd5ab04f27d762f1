import { setupWorker } from 'msw/browser';
import { prepareDatabase } from '../src/server/bootstrap.ts';
import type { Db } from '../src/server/db/db.ts';
import { createApi } from '../src/server/http/app.ts';
import { loggingSender, startNotificationDispatcher } from '../src/server/notifications/outbox.ts';
import { apiHandlers, type SessionStore } from './api-handlers.ts';
import { DEMO_PASSWORD, demoLogins, seedDemoData } from './demo-data/seed-demo.ts';

// The server half of training mode (mocks/browser.ts starts the database): a chunk of its
// own, downloaded and parsed while PostgreSQL starts in its worker.

/** Brings the database to this build's schema and, when it has none, seeds demo data (`onSeed` first). */
export async function prepareTrainingDatabase(db: Db, onSeed: () => void): Promise<void> {
  // A no-op unless the build is newer than the database.
  await prepareDatabase(db, { sampleCommune: true, adminPassword: DEMO_PASSWORD });
  const [seeded] = await db.query<{ seeded: boolean }>('SELECT EXISTS (SELECT 1 FROM users WHERE username = $1) AS seeded', [demoLogins[0]!.username]);
  if (seeded?.seeded) return;
  onSeed();
  await seedDemoData(db, { now: new Date() });
}

/** The API in the page, and the service worker that routes the SPA's /api requests to it. */
export async function serveTrainingApi(db: Db, sessions: SessionStore): Promise<void> {
  const api = createApi({ db, now: () => new Date(), sessionTransport: 'header' });
  startNotificationDispatcher(db, loggingSender, () => new Date());
  const worker = setupWorker(...apiHandlers((request) => api.fetch(request), sessions));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
}
