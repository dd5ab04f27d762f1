import { setupWorker } from 'msw/browser';
import { openPgliteDb } from '../src/server/db/pglite-db.ts';
import { prepareDatabase } from '../src/server/bootstrap.ts';
import { createApi } from '../src/server/http/app.ts';
import { loggingSender, startNotificationDispatcher } from '../src/server/notifications/outbox.ts';
import { apiHandlers, type SessionStore } from './api-handlers.ts';
import { DEMO_PASSWORD, seedDemoData } from './demo-data/seed-demo.ts';

// The training login screen lists the demo accounts.
export { DEMO_PASSWORD, demoLogins } from './demo-data/seed-demo.ts';

// Training mode: the real API runs in the page on PGlite stored in IndexedDB, and the MSW
// service worker routes the SPA's /api requests into it. The SPA cannot tell the difference.
const DATABASE_NAME = 'motcua-training';
const SESSION_KEY = 'motcua-training-session';

/** The session survives a reload within the tab, like a browser session cookie. */
const sessionStore: SessionStore = {
  get: () => sessionStorage.getItem(SESSION_KEY) ?? undefined,
  set: (value) => (value ? sessionStorage.setItem(SESSION_KEY, value) : sessionStorage.removeItem(SESSION_KEY)),
};

let openDb: Awaited<ReturnType<typeof openPgliteDb>> | undefined;

export type TrainingProgress = (step: string, percent: number) => void;

export async function startTrainingMode(onProgress: TrainingProgress): Promise<void> {
  onProgress('Đang mở cơ sở dữ liệu đào tạo…', 10);
  const db = await openPgliteDb(`idb://${DATABASE_NAME}`);
  openDb = db;
  onProgress('Đang cập nhật cấu trúc dữ liệu…', 40);
  await prepareDatabase(db, { sampleCommune: true, adminPassword: DEMO_PASSWORD });
  onProgress('Đang chuẩn bị dữ liệu mẫu…', 60);
  await seedDemoData(db, { now: new Date() });
  onProgress('Đang khởi động máy chủ đào tạo…', 90);
  const api = createApi({ db, now: () => new Date(), sessionTransport: 'header' });
  startNotificationDispatcher(db, loggingSender, () => new Date());
  const worker = setupWorker(...apiHandlers((request) => api.fetch(request), sessionStore));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
  onProgress('Sẵn sàng', 100);
}

/** Deletes the training database; the page reloads into a freshly seeded one. */
export async function resetTrainingData(): Promise<void> {
  sessionStorage.removeItem(SESSION_KEY);
  await openDb?.close();
  openDb = undefined;
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(`/pglite/${DATABASE_NAME}`);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('Không xóa được dữ liệu đào tạo'));
    // Another tab still holds the database open: the delete proceeds once it closes.
    request.onblocked = () => resolve();
  });
}
