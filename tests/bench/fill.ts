// Fills a bench database with the scale data set, outside the bench:
//   node tests/bench/fill.ts --db postgres://postgres@127.0.0.1:5433/postgres --count 100000
//   node tests/bench/fill.ts --db /tmp/motcua-bench-pglite --count 100000
// A postgres:// URL names the server: the data goes into its database motcua_bench_<count>,
// or the one --database names (a trial fill beside the bench's databases).
// A folder path is a PGlite data directory (suffixed -<count>). A finished fill of the same
// size and seed is kept unless --force. The server code imports its .sql migrations through
// Vite's import.meta.glob, so the modules are loaded through Vite's module runner.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    count: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '20260101' },
    force: { type: 'boolean', default: false },
    database: { type: 'string' },
  },
});
if (!values.db) {
  console.error('Usage: node tests/bench/fill.ts --db <postgres://server/db | pglite data dir> [--count 100000] [--seed 20260101] [--force] [--database name]');
  process.exit(2);
}
if (values.database !== undefined && !/^[a-z_][a-z0-9_]*$/.test(values.database)) {
  console.error('--database takes a plain lower-case name (letters, digits, underscores)');
  process.exit(2);
}
const root = fileURLToPath(new URL('../..', import.meta.url));
const { module: scaleDb } = await runnerImport<typeof import('./scale-db.ts')>('/tests/bench/scale-db.ts', {
  root,
  configFile: false,
  logLevel: 'error',
});
const count = Number(values.count);
const seed = Number(values.seed);
const target: import('./scale-db.ts').BenchTarget = /^postgres(ql)?:\/\//.test(values.db)
  ? { kind: 'postgres', serverUrl: values.db, database: values.database ?? scaleDb.postgresBenchDatabase(count) }
  : { kind: 'pglite', dataDir: scaleDb.pgliteBenchDir(values.db, count) };
const started = performance.now();
const { db, fill, reused } = await scaleDb.openFilledDatabase(target, { count, seed, force: values.force, log: (line) => console.log(line) });
const [totals] = await db.query<{ dossiers: number; events: number }>(
  'SELECT (SELECT count(*) FROM dossiers)::int AS dossiers, (SELECT count(*) FROM dossier_events)::int AS events',
);
await db.close();
console.log(
  reused
    ? `Already filled (${fill.dossiers} dossiers, fill took ${(fill.fillMs / 1000).toFixed(1)} s on ${fill.filledAt.toISOString()}).`
    : `Filled in ${(fill.fillMs / 1000).toFixed(1)} s: ${JSON.stringify(fill.result)}`,
);
console.log(`${totals!.dossiers} dossiers, ${totals!.events} events; ${((performance.now() - started) / 1000).toFixed(1)} s in all.`);
