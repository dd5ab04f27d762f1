// One API server process for the multi-process tests (tests/api/two-processes.test.ts): the
// production `serveApp` on DATABASE_URL, on a free port, with a sender that reports every
// message it delivers on stdout instead of logging it. Prints `listening <port>` once ready.
import { openPostgresDb } from '../../src/server/db/postgres-db.ts';
import { serveApp } from '../../src/server/serve-app.ts';
import type { NotificationSender } from '../../src/server/notifications/outbox.ts';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is required');

const db = openPostgresDb(databaseUrl, 4);
const sender: NotificationSender = {
  async send(message) {
    // Slow enough that both processes' dispatchers are at work at the same time.
    await new Promise((resolve) => setTimeout(resolve, 5));
    process.stdout.write(`sent ${JSON.stringify(message)}\n`);
  },
};
const served = await serveApp({
  db,
  port: 0,
  clientDir: '/nonexistent',
  trustedProxies: 0,
  demo: false,
  setupCode: undefined,
  sender,
  dispatchIntervalMs: 50,
});
process.stdout.write(`listening ${served.port}\n`);
process.on('SIGTERM', () => {
  void served
    .stop()
    .then(() => db.close())
    .then(() => process.exit(0));
});
