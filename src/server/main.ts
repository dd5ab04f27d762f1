import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { etag } from 'hono/etag';
import { existsSync } from 'node:fs';
import { Server as HttpServer } from 'node:http';
import path from 'node:path';
import { createApi } from './http/app.ts';
import { securityHeaders } from './http/security-headers.ts';
import { openDatabase } from './db/open-db.ts';
import { prepareDatabase } from './bootstrap.ts';
import { setupNeeded } from './services/setup-status.ts';
import { newOneTimePassword } from './auth/one-time-password.ts';
import { loggingSender, startNotificationDispatcher } from './notifications/outbox.ts';
import { holdDataDir } from './maintenance/control-socket.ts';

// The Node host: one process serves the built SPA and /api on one port.
const port = Number(process.env.PORT ?? 8080);
const dataDir = path.resolve(process.env.MOTCUA_DATA_DIR ?? './data');
const databaseUrl = process.env.DATABASE_URL || undefined;
const demo = process.argv.includes('--demo') || process.env.MOTCUA_DEMO === 'true';
const clientDir = path.resolve(process.env.MOTCUA_CLIENT_DIR ?? 'dist/client');
const trustedProxies = parseTrustProxy(process.env.MOTCUA_TRUST_PROXY);

/** MOTCUA_TRUST_PROXY: unset/false/0 = none, true = one reverse proxy, a number = that many. */
function parseTrustProxy(value: string | undefined): number {
  if (!value || value === 'false') return 0;
  if (value === 'true') return 1;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new Error(`MOTCUA_TRUST_PROXY phải là true, false hoặc số proxy (nhận: ${value})`);
  return count;
}

const started = Date.now();
// PGlite's folder belongs to one process: claim it before opening it (a second server on the
// same folder stops here). The claim's socket also serves `npm run backup` while we run.
const dataDirHold = databaseUrl
  ? undefined
  : await holdDataDir(dataDir).catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
const db = await openDatabase({ databaseUrl, dataDir });
dataDirHold?.serveBackups(db);
// Demo installs share one known password (printed below) in the sample commune. A real one
// starts empty: the setup screen asks for the commune's identity and the administrator's
// password, unless MOTCUA_ADMIN_PASSWORD gives one (to be changed at the first login).
// oxlint-disable-next-line no-restricted-imports -- the demo generator lives in mocks/ and is loaded only with --demo
const demoModule = demo ? await import('../../mocks/demo-data/seed-demo.ts') : undefined;
const adminPassword = demoModule?.DEMO_PASSWORD ?? (process.env.MOTCUA_ADMIN_PASSWORD || undefined);
const prepared = await prepareDatabase(db, { sampleCommune: !!demoModule, adminPassword, adminMustChangePassword: !demoModule });
// The first-run setup asks for a code only the server's console shows (MOTCUA_SETUP_CODE to choose it).
const setupCode = (await setupNeeded(db)) ? (process.env.MOTCUA_SETUP_CODE || newSetupCode()) : undefined;
if (prepared.migrations.length) console.log(`Đã áp dụng migration: ${prepared.migrations.join(', ')}`);
const demoResult = demoModule ? await demoModule.seedDemoData(db, { now: new Date() }) : undefined;
if (demoResult?.createdDossiers) console.log(`Đã tạo ${demoResult.createdDossiers} hồ sơ mẫu.`);

// The portal's API key: required for /api/portal/*. Demo installs get a known one.
const portalApiKey = process.env.MOTCUA_PORTAL_KEY || (demo ? 'demo-portal-key' : undefined);
const stopDispatcher = startNotificationDispatcher(db, loggingSender, () => new Date());

const api = createApi({
  db,
  now: () => new Date(),
  portalApiKey,
  trustedProxies,
  peerAddress: (c) => getConnInfo(c).remote.address,
  setupCode,
});
const app = new Hono();
// Every /api path and method is the API's, unknown ones included (a JSON 404, never the SPA).
app.all('/api/*', (c) => api.fetch(c.req.raw, c.env));
app.use('*', securityHeaders('app', { trustedProxies: () => trustedProxies }));
if (existsSync(clientDir)) {
  const root = path.relative(process.cwd(), clientDir) || '.';
  // Vite puts a content hash in every file name under /assets: those never change.
  const cacheControl = (_path: string, c: Context) => {
    c.header('Cache-Control', c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    c.header('Vary', 'Accept-Encoding');
  };
  // Files that are revalidated get an ETag, so "no-cache" costs a 304, not the file.
  app.use('*', (c, next) => (c.req.path.startsWith('/assets/') ? next() : etag()(c, next)));
  // Gzip and Brotli variants are written at build time (vite.config.ts).
  app.use('/*', serveStatic({ root, precompressed: true, onFound: cacheControl }));
  // Client-side routes (/ho-so/…) get the SPA.
  app.get('*', serveStatic({ root, path: 'index.html', precompressed: true, onFound: cacheControl }));
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
  } else if (setupCode) {
    console.log(`\nThiết lập lần đầu: mở ${url}/thiet-lap và nhập mã thiết lập ${setupCode}`);
  } else if (prepared.createdAdmin) {
    console.log('\nĐã tạo tài khoản quản trị admin với mật khẩu MOTCUA_ADMIN_PASSWORD (phải đổi ở lần đăng nhập đầu tiên).');
  }
  console.log('');
});

// Keep idle connections longer than the clients and proxies in front do (nginx, load
// balancers: 60 s): with Node's 5 s a client reusing a connection at the moment the server
// drops it gets ECONNRESET, which a busy machine makes likely.
if (server instanceof HttpServer) {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\nĐang dừng (${signal})…`);
  stopDispatcher();
  server.close();
  await dataDirHold?.release();
  await db.close();
  process.exit(0);
}
/** XXXX-XXXX, easy to read on the console and type on the setup screen. */
function newSetupCode(): string {
  const code = newOneTimePassword(8).toUpperCase().replace(/[IO]/g, '7');
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
