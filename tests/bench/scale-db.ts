import { rm, stat } from 'node:fs/promises';
import type { Db } from '../../src/server/db/db.ts';
import { openPgliteDb } from '../../src/server/db/pglite-db.ts';
import { openPostgresDb } from '../../src/server/db/postgres-db.ts';
import { prepareDatabase } from '../../src/server/bootstrap.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { DEMO_PASSWORD } from '../../mocks/demo-data/seed-demo.ts';
import { fillScaleData, type ScaleResult } from '../../mocks/demo-data/scale.ts';
import { TEST_NOW } from '../setup/test-clock.ts';
import type { BulkLoader } from '../../mocks/demo-data/bulk-load.ts';
import { pgliteBulkLoader, postgresBulkLoader } from '../setup/bulk-loaders.ts';

/** The bench runs at the tests' instant (a Monday, 10:00 in Vietnam), the data ends there. */
export const BENCH_NOW = TEST_NOW;
export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5433/postgres';
export const DEFAULT_PGLITE_DIR = '/tmp/motcua-bench-pglite';

export type BenchTarget = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; serverUrl: string; database: string };

export interface FillInfo {
  dossiers: number;
  seed: number;
  fillMs: number;
  filledAt: Date;
  result: ScaleResult | null;
}

/** A bench database is only reused once its fill finished: the last step writes this row. */
const markerTable = `CREATE TABLE IF NOT EXISTS bench_fill (
  dossiers integer NOT NULL, seed integer NOT NULL, fill_ms integer NOT NULL,
  filled_at timestamptz NOT NULL DEFAULT now(), result jsonb)`;

async function readMarker(db: Db, count: number, seed: number): Promise<FillInfo | null> {
  const [table] = await db.query<{ exists: boolean }>("SELECT to_regclass('bench_fill') IS NOT NULL AS exists");
  if (!table?.exists) return null;
  const [row] = await db.query<{ dossiers: number; seed: number; fill_ms: number; filled_at: Date; result: ScaleResult }>(
    'SELECT dossiers, seed, fill_ms, filled_at, result FROM bench_fill WHERE dossiers = $1 AND seed = $2 LIMIT 1',
    [count, seed],
  );
  return row ? { dossiers: row.dossiers, seed: row.seed, fillMs: row.fill_ms, filledAt: row.filled_at, result: row.result } : null;
}

async function fill(db: Db, loader: BulkLoader, count: number, seed: number, log: (line: string) => void): Promise<FillInfo> {
  const started = performance.now();
  await prepareDatabase(db, { sampleCommune: true, adminPassword: DEMO_PASSWORD });
  let lastLog = 0;
  const result = await fillScaleData(db, {
    now: BENCH_NOW,
    dossierCount: count,
    seed,
    loader,
    onProgress: ({ phase, done, total, detail }) => {
      const elapsed = performance.now() - started;
      if (phase !== 'build' || elapsed - lastLog > 10_000 || done === total) {
        lastLog = elapsed;
        const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
        log(`  ${phase} ${detail ? detail.slice(0, 90) : `${done}/${total}`} (${(elapsed / 1000).toFixed(0)} s, RSS ${rss} MB)`);
      }
    },
  });
  const fillMs = Math.round(performance.now() - started);
  await db.exec(markerTable);
  await db.query('INSERT INTO bench_fill (dossiers, seed, fill_ms, result) VALUES ($1, $2, $3, $4)', [count, seed, fillMs, JSON.stringify(result)]);
  return { dossiers: count, seed, fillMs, filledAt: new Date(), result };
}

async function applyNewMigrations(db: Db, marker: FillInfo, log: (line: string) => void): Promise<FillInfo> {
  const applied = await migrate(db);
  if (applied.length) {
    log(`  applied migrations to the reused database: ${applied.join(', ')}`);
    await db.exec('ANALYZE');
  }
  return marker;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Whether the PostgreSQL server answers at all (the bench skips it when not). */
export async function postgresReachable(serverUrl: string): Promise<string | null> {
  const admin = openPostgresDb(serverUrl, 1);
  try {
    await admin.query('SELECT 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await admin.close().catch(() => {});
  }
}

/**
 * Opens the bench database for `target`, filling it first unless a finished fill of the
 * same size and seed is already there (a fill takes minutes; the bench reuses it).
 */
export async function openFilledDatabase(
  target: BenchTarget,
  options: { count: number; seed: number; force?: boolean; log: (line: string) => void },
): Promise<{ db: Db; fill: FillInfo; reused: boolean }> {
  const { count, seed, log } = options;
  if (target.kind === 'pglite') {
    const exists = await stat(target.dataDir).then(() => true, () => false);
    if (exists && !options.force) {
      const db = await openPgliteDb(target.dataDir);
      const marker = await readMarker(db, count, seed);
      // A reused database still gets the migrations added since its fill (e.g. new indexes).
      if (marker) return { db, fill: await applyNewMigrations(db, marker, log), reused: true };
      await db.close();
    }
    if (exists) await rm(target.dataDir, { recursive: true, force: true });
    log(`Filling PGlite at ${target.dataDir} with ${count} dossiers…`);
    const db = await openPgliteDb(target.dataDir);
    return { db, fill: await fill(db, pgliteBulkLoader(db), count, seed, log), reused: false };
  }

  const admin = openPostgresDb(target.serverUrl, 1);
  try {
    const [exists] = await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_database WHERE datname = $1', [target.database]);
    if (exists!.n > 0 && !options.force) {
      const db = openPostgresDb(databaseUrl(target.serverUrl, target.database), 4);
      const marker = await readMarker(db, count, seed);
      // A reused database still gets the migrations added since its fill (e.g. new indexes).
      if (marker) return { db, fill: await applyNewMigrations(db, marker, log), reused: true };
      await db.close();
    }
    await admin.query(`DROP DATABASE IF EXISTS ${target.database}`);
    await admin.query(`CREATE DATABASE ${target.database}`);
  } finally {
    await admin.close();
  }
  log(`Filling PostgreSQL database ${target.database} with ${count} dossiers…`);
  const url = databaseUrl(target.serverUrl, target.database);
  const db = openPostgresDb(url, 4);
  const loader = postgresBulkLoader(url);
  try {
    return { db, fill: await fill(db, loader, count, seed, log), reused: false };
  } finally {
    await loader.close();
  }
}

/** Bench database name on the server for a given size: several sizes can coexist. */
export const postgresBenchDatabase = (count: number) => `motcua_bench_${count}`;
export const pgliteBenchDir = (base: string, count: number) => `${base}-${count}`;
