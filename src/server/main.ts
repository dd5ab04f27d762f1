import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { openDatabase } from './db/open-db.ts';
import type { Db } from './db/db.ts';
import { prepareDatabase } from './bootstrap.ts';
import { setupNeeded } from './services/setup-status.ts';
import { newOneTimePassword } from './auth/one-time-password.ts';
import { holdDataDir } from './maintenance/control-socket.ts';
import { serveApp } from './serve-app.ts';
import { setPasswordHashingConcurrency } from './auth/password.ts';

// The Node host: serves the built SPA and /api on one port. On PostgreSQL it runs as several
// worker processes sharing that port (MOTCUA_WORKERS, default one per core); the first
// process prepares the database and starts them. PGlite is one process by nature.
const port = Number(process.env.PORT ?? 8080);
const dataDir = path.resolve(process.env.MOTCUA_DATA_DIR ?? './data');
const databaseUrl = process.env.DATABASE_URL || undefined;
const demo = process.argv.includes('--demo') || process.env.MOTCUA_DEMO === 'true';
const clientDir = path.resolve(process.env.MOTCUA_CLIENT_DIR ?? 'dist/client');
const trustedProxies = parseTrustProxy(process.env.MOTCUA_TRUST_PROXY);
const workers = databaseUrl ? parseWorkers(process.env.MOTCUA_WORKERS) : 1;
const poolSize = parsePositive('MOTCUA_DB_POOL', process.env.MOTCUA_DB_POOL) ?? 8;

/** MOTCUA_TRUST_PROXY: unset/false/0 = none, true = one reverse proxy, a number = that many. */
function parseTrustProxy(value: string | undefined): number {
  if (!value || value === 'false') return 0;
  if (value === 'true') return 1;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new Error(`MOTCUA_TRUST_PROXY phải là true, false hoặc số proxy (nhận: ${value})`);
  return count;
}

function parsePositive(name: string, value: string | undefined): number | undefined {
  if (!value) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new Error(`${name} phải là một số nguyên dương (nhận: ${value})`);
  return count;
}

/** MOTCUA_WORKERS: how many API processes on PostgreSQL; one per core unless set. */
function parseWorkers(value: string | undefined): number {
  return parsePositive('MOTCUA_WORKERS', value) ?? availableParallelism();
}

const started = Date.now();
/** How the primary hands the setup code to its workers. */
const workerSetupCodeVariable = 'MOTCUA_WORKER_SETUP_CODE';
// scrypt runs on libuv's thread pool: with one process per core, one hash at a time per
// process fills every core during a burst of sign-ins and leaves pool threads free for
// files (and each event loop its share of CPU to keep answering everyone else).
setPasswordHashingConcurrency(Math.max(1, Math.floor(availableParallelism() / workers)));

if (cluster.isPrimary) {
  if (!databaseUrl && process.env.MOTCUA_WORKERS && process.env.MOTCUA_WORKERS !== '1') {
    console.warn('MOTCUA_WORKERS chỉ dùng với PostgreSQL (DATABASE_URL): PGlite chạy trong một tiến trình.');
  }
  await runPrimary();
} else {
  await runWorker();
}

interface DemoModule {
  DEMO_PASSWORD: string;
  demoLogins: { username: string; roleLabel: string; fullName: string; unitName: string }[];
  seedDemoData(db: Db, options: { now: Date }): Promise<{ createdDossiers: number }>;
}

interface Prepared {
  createdAdmin: boolean;
  /** The code the first-run setup screen asks for, while no administrator exists. */
  setupCode: string | undefined;
}

/** Migrations, installation defaults, the first administrator and, with --demo, the demo data. */
async function prepare(db: Db, demoModule: DemoModule | undefined): Promise<Prepared> {
  // Demo installs share one known password (printed below) in the sample commune. A real one
  // starts empty: the setup screen asks for the commune's identity and the administrator's
  // password, unless MOTCUA_ADMIN_PASSWORD gives one (to be changed at the first login).
  const adminPassword = demoModule?.DEMO_PASSWORD ?? (process.env.MOTCUA_ADMIN_PASSWORD || undefined);
  const prepared = await prepareDatabase(db, { sampleCommune: !!demoModule, adminPassword, adminMustChangePassword: !demoModule });
  // The first-run setup asks for a code only the server's console shows (MOTCUA_SETUP_CODE to choose it).
  const setupCode = (await setupNeeded(db)) ? (process.env.MOTCUA_SETUP_CODE || newSetupCode()) : undefined;
  if (prepared.migrations.length) console.log(`Đã áp dụng migration: ${prepared.migrations.join(', ')}`);
  const demoResult = demoModule ? await demoModule.seedDemoData(db, { now: new Date() }) : undefined;
  if (demoResult?.createdDossiers) console.log(`Đã tạo ${demoResult.createdDossiers} hồ sơ mẫu.`);
  return { createdAdmin: prepared.createdAdmin, setupCode };
}

/** XXXX-XXXX, easy to read on the console and type on the setup screen. */
function newSetupCode(): string {
  const code = newOneTimePassword(8).toUpperCase().replace(/[IO]/g, '7');
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

function announce(url: string, demoModule: DemoModule | undefined, prepared: Prepared) {
  const where = databaseUrl ? `PostgreSQL (DATABASE_URL), ${workers} tiến trình` : `PGlite tại ${dataDir}`;
  console.log(`\nmotcua đang chạy: ${url}   (CSDL: ${where}; khởi động ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (demoModule) {
    console.log(`\nTài khoản demo (mật khẩu chung: ${demoModule.DEMO_PASSWORD}):`);
    for (const login of demoModule.demoLogins) console.log(`  ${login.username.padEnd(12)} ${login.roleLabel} — ${login.fullName}, ${login.unitName}`);
  } else if (prepared.setupCode) {
    console.log(`\nThiết lập lần đầu: mở ${url}/thiet-lap và nhập mã thiết lập ${prepared.setupCode}`);
  } else if (prepared.createdAdmin) {
    console.log('\nĐã tạo tài khoản quản trị admin với mật khẩu MOTCUA_ADMIN_PASSWORD (phải đổi ở lần đăng nhập đầu tiên).');
  }
  console.log('');
}

async function loadDemo(): Promise<DemoModule | undefined> {
  // oxlint-disable-next-line no-restricted-imports -- the demo generator lives in mocks/ and is loaded only with --demo
  return demo ? await import('../../mocks/demo-data/seed-demo.ts') : undefined;
}

async function runPrimary() {
  // PGlite's folder belongs to one process: claim it before opening it (a second server on the
  // same folder stops here). The claim's socket also serves `npm run backup` while we run.
  const dataDirHold = databaseUrl
    ? undefined
    : await holdDataDir(dataDir).catch((error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      });
  const db = await openDatabase({ databaseUrl, dataDir, poolSize });
  dataDirHold?.serveBackups(db);
  const demoModule = await loadDemo();
  const prepared = await prepare(db, demoModule);

  if (workers === 1) {
    const served = await serveApp({ db, port, clientDir, trustedProxies, demo, setupCode: prepared.setupCode });
    announce(`http://localhost:${served.port}`, demoModule, prepared);
    onShutdown(async () => {
      await served.stop();
      await dataDirHold?.release();
      await db.close();
    });
    return;
  }

  // Workers open their own pools; the primary only watches them.
  await db.close();
  let stopping = false;
  let listening = 0;
  // Every worker checks the same setup code (it leaves with the first administrator: the
  // setup screen refuses once one exists, whichever process it asks).
  const fork = () =>
    cluster.fork({
      [workerSetupCodeVariable]: prepared.setupCode ?? '',
      // scrypt takes 16 MB on a thread-pool thread, and glibc gives each thread its own
      // malloc arena that keeps what was freed: two arenas instead of one per thread keep a
      // burst of sign-ins from leaving each worker about 60 MB larger (an operator's own
      // setting wins).
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
    });
  cluster.on('listening', () => {
    if (++listening === workers) announce(`http://localhost:${port}`, demoModule, prepared);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`Tiến trình ${worker.process.pid} dừng (${signal ?? code}); khởi động lại.`);
    fork();
  });
  for (let i = 0; i < workers; i++) fork();
  onShutdown(async () => {
    stopping = true;
    const exits = Object.values(cluster.workers ?? {}).map(
      (worker) => new Promise<void>((resolve) => (worker && !worker.isDead() ? worker.once('exit', () => resolve()).kill('SIGTERM') : resolve())),
    );
    await Promise.all(exits);
  });
}

async function runWorker() {
  const db = await openDatabase({ databaseUrl, dataDir, poolSize });
  const setupCode = process.env[workerSetupCodeVariable] || undefined;
  const served = await serveApp({ db, port, clientDir, trustedProxies, demo, setupCode });
  onShutdown(async () => {
    await served.stop();
    await db.close();
  });
}

function onShutdown(stop: () => Promise<void>) {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (cluster.isPrimary) console.log(`\nĐang dừng (${signal})…`);
    await stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
