import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createApi } from './http/app.ts';
import { openDatabase } from './db/open-db.ts';
import { prepareDatabase } from './bootstrap.ts';
import { loggingSender, startNotificationDispatcher } from './notifications/outbox.ts';

// The Node host: one process serves the built SPA and /api on one port.
const port = Number(process.env.PORT ?? 8080);
const dataDir = path.resolve(process.env.MOTCUA_DATA_DIR ?? './data');
const databaseUrl = process.env.DATABASE_URL || undefined;
const demo = process.argv.includes('--demo') || process.env.MOTCUA_DEMO === 'true';
const clientDir = path.resolve(process.env.MOTCUA_CLIENT_DIR ?? 'dist/client');

const started = Date.now();
const db = await openDatabase({ databaseUrl, dataDir });
// Demo installs share one known password (printed below); a real one gets the administrator's
// from MOTCUA_ADMIN_PASSWORD, or a random one printed once at first start.
// oxlint-disable-next-line no-restricted-imports -- the demo generator lives in mocks/ and is loaded only with --demo
const demoModule = demo ? await import('../../mocks/demo-data/seed-demo.ts') : undefined;
const adminPassword = demoModule?.DEMO_PASSWORD ?? process.env.MOTCUA_ADMIN_PASSWORD ?? randomBytes(9).toString('base64url');
const prepared = await prepareDatabase(db, { adminPassword });
if (prepared.migrations.length) console.log(`Đã áp dụng migration: ${prepared.migrations.join(', ')}`);
const demoResult = demoModule ? await demoModule.seedDemoData(db, { now: new Date() }) : undefined;
if (demoResult?.createdDossiers) console.log(`Đã tạo ${demoResult.createdDossiers} hồ sơ mẫu.`);

// The portal's API key: required for /api/portal/*. Demo installs get a known one.
const portalApiKey = process.env.MOTCUA_PORTAL_KEY || (demo ? 'demo-portal-key' : undefined);
const stopDispatcher = startNotificationDispatcher(db, loggingSender, () => new Date());

const app = new Hono();
const api = createApi({ db, now: () => new Date(), portalApiKey });
app.route('/', api);
if (existsSync(clientDir)) {
  const indexHtml = await readFile(path.join(clientDir, 'index.html'), 'utf8');
  app.use('/*', serveStatic({ root: path.relative(process.cwd(), clientDir) || '.' }));
  // Client-side routes (/ho-so/…) get the SPA; unknown /api paths were answered above.
  app.get('*', (c) => c.html(indexHtml));
} else {
  console.warn(`Không thấy giao diện đã build ở ${clientDir}: chỉ phục vụ /api. Chạy "npm run build" trước.`);
}

const server = serve({ fetch: app.fetch, port }, (info) => {
  const url = `http://localhost:${info.port}`;
  const where = databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite tại ${dataDir}`;
  console.log(`\nmotcua đang chạy: ${url}   (CSDL: ${where}; khởi động ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (demoModule) {
    console.log(`\nTài khoản demo (mật khẩu chung: ${demoModule.DEMO_PASSWORD}):`);
    for (const login of demoModule.demoLogins) console.log(`  ${login.username.padEnd(12)} ${login.roleLabel} — ${login.fullName}, ${login.unitName}`);
  } else if (prepared.createdAdmin) {
    console.log(`\nĐã tạo tài khoản quản trị: admin / ${adminPassword}  (hãy đổi mật khẩu sau khi đăng nhập)`);
  }
  console.log('');
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\nĐang dừng (${signal})…`);
  stopDispatcher();
  server.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
