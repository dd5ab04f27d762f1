// `npm run bench`: the API's hot paths over a year of a busy desk (100,000 dossiers), on
// PostgreSQL and on PGlite, each beside the bare SQL of the same work. Not part of `npm test`.
// Env: BENCH_COUNT (100000), BENCH_RUNS (40), BENCH_WARMUP (5), BENCH_TARGETS (postgres,pglite),
// BENCH_DATABASE_URL (the server; data goes in its database motcua_bench_<count>),
// BENCH_PGLITE_DIR (/tmp/motcua-bench-pglite, suffixed -<count>), BENCH_SEED.
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../src/server/http/app.ts';
import { DEMO_PASSWORD } from '../../mocks/demo-data/seed-demo.ts';
import type { Procedure } from '../../src/domain/schemas/catalogue.ts';
import {
  BENCH_NOW, DEFAULT_PGLITE_DIR, DEFAULT_POSTGRES_URL, openFilledDatabase, pgliteBenchDir, postgresBenchDatabase, postgresReachable,
  type BenchTarget,
} from './scale-db.ts';
import { RecordingDb } from './recording-db.ts';
import { formatTable, measureCase, type BenchCase, type CaseResult } from './measure.ts';

const env = process.env;
const count = Number(env.BENCH_COUNT ?? 100_000);
const seed = Number(env.BENCH_SEED ?? 20_260_101);
const runs = Number(env.BENCH_RUNS ?? 40);
const warmup = Number(env.BENCH_WARMUP ?? 5);
const targets = (env.BENCH_TARGETS ?? 'postgres,pglite').split(',').map((t) => t.trim());
const serverUrl = env.BENCH_DATABASE_URL ?? DEFAULT_POSTGRES_URL;
const origin = 'http://motcua.bench';
const report: string[] = [];
const log = (line: string) => {
  console.log(line);
  report.push(line);
};
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function benchTarget(label: string, target: BenchTarget, withTargets: boolean): Promise<CaseResult[]> {
  const opened = performance.now();
  const { db: inner, fill, reused } = await openFilledDatabase(target, { count, seed, log });
  log(
    reused
      ? `${label}: reusing the database filled on ${fill.filledAt.toISOString()} (the fill took ${(fill.fillMs / 1000).toFixed(1)} s; opened in ${((performance.now() - opened) / 1000).toFixed(1)} s)`
      : `${label}: filled in ${(fill.fillMs / 1000).toFixed(1)} s (${JSON.stringify(fill.result)})`,
  );
  const db = new RecordingDb(inner);
  const api = createApi({ db, now: () => BENCH_NOW, portalApiKey: 'bench' });
  try {
    const call = (path: string, cookie: string, init: RequestInit = {}) =>
      new Request(`${origin}${path}`, { ...init, headers: { cookie, ...(init.body ? { 'content-type': 'application/json' } : {}) } });
    const login = async (username: string) => {
      const response = await api.fetch(
        new Request(`${origin}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) }),
      );
      expect(response.status).toBe(200);
      return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
    };
    const desk = await login('motcua1');
    const handler = await login('hotich');
    const chair = await login('chutich');

    const [totals] = await inner.query<{ dossiers: number; events: number }>(
      'SELECT (SELECT count(*) FROM dossiers)::int AS dossiers, (SELECT count(*) FROM dossier_events)::int AS events',
    );
    log(`${label}: ${totals!.dossiers} dossiers, ${totals!.events} events`);
    // Deterministic picks spread over the year (md5 of the id, not insertion order).
    const sample = await inner.query<{ id: string; code: string; applicant_id_number: string }>(
      `SELECT id, code, applicant_id_number FROM dossiers WHERE status = 'returned' AND code NOT LIKE '%-R%' ORDER BY md5(id::text) LIMIT 50`,
    );
    const procedures: Procedure[] = await (await api.fetch(call('/api/procedures', desk))).json();
    const procedure = procedures.find((p) => p.code === '1.004873')!;
    // A new applicant every time: the intake refuses a second open dossier of the same person
    // and procedure (409). The serial starts from the clock, as a reused database keeps them.
    let serial = Math.floor(Date.now() / 1000) % 10_000_000;
    const receiveBody = () => JSON.stringify({
      procedureId: procedure.id,
      channel: 'walk_in',
      applicant: { name: 'Nguyễn Thị Hoa', idNumber: `01019${String(serial++ % 10_000_000).padStart(7, '0')}`, phone: '0912345678', address: 'Thôn Bảo An, xã Hoàng An, tỉnh Lào Cai' },
      documents: procedure.documents.map((d) => ({ procedureDocumentId: d.id, received: d.required, form: d.defaultForm, count: d.required ? 1 : 0 })),
      returnMethod: 'desk',
      feeAmount: 0,
      notes: '',
    });
    const lastMonth = { from: '2026-10-01', to: '2026-10-31' };
    const get = (path: string, cookie: string) => () => call(path, cookie);
    const cases: BenchCase[] = [
      { group: 'queue', name: 'desk officer, online_intake', request: get('/api/dossiers?queue=online_intake', desk) },
      { group: 'queue', name: 'desk officer, to_return', request: get('/api/dossiers?queue=to_return', desk) },
      { group: 'queue', name: 'handler, mine', request: get('/api/dossiers?queue=mine', handler) },
      { group: 'queue', name: 'desk officer, all', request: get('/api/dossiers?queue=all', desk) },
      { group: 'search', name: 'q=nguyen van', request: get('/api/dossiers?q=nguyen%20van', desk) },
      { group: 'search', name: 'q=<ID number>', request: get(`/api/dossiers?q=${sample[7]!.applicant_id_number}`, desk) },
      { group: 'search', name: 'q=<code>', request: get(`/api/dossiers?q=${encodeURIComponent(sample[11]!.code)}`, desk) },
      { group: 'dossier page', name: 'GET /api/dossiers/{id}', request: (i) => call(`/api/dossiers/${sample[i % sample.length]!.id}`, desk) },
      { group: 'receive', name: 'POST /api/dossiers', request: () => call('/api/dossiers', desk, { method: 'POST', body: receiveBody() }) },
      { group: 'overview', name: `month ${lastMonth.from.slice(0, 7)}`, request: get(`/api/reports/overview?from=${lastMonth.from}&to=${lastMonth.to}`, chair) },
    ];
    const results: CaseResult[] = [];
    for (const bench of cases) {
      const started = performance.now();
      results.push(await measureCase(api, db, bench, { warmup, runs }));
      console.log(`  ${bench.group}: ${bench.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
    log('');
    log(formatTable(`${label}, ${count} dossiers, ${runs} runs after ${warmup} warm-up (ms)`, results, withTargets));
    log(`process max RSS so far: ${mb(process.resourceUsage().maxRSS * 1024)}`);
    log('');
    return results;
  } finally {
    await inner.close();
  }
}

describe(`scale bench, ${count} dossiers`, () => {
  it('times queues, search, dossier page, receive and overview against the bare SQL', async () => {
    const started = performance.now();
    const measured: CaseResult[] = [];
    if (targets.includes('postgres')) {
      const problem = await postgresReachable(serverUrl);
      if (problem) log(`PostgreSQL skipped: ${serverUrl} is unreachable (${problem}). Set BENCH_DATABASE_URL to a server.`);
      else measured.push(...(await benchTarget('PostgreSQL', { kind: 'postgres', serverUrl, database: postgresBenchDatabase(count) }, true)));
    }
    if (targets.includes('pglite')) {
      measured.push(...(await benchTarget('PGlite', { kind: 'pglite', dataDir: pgliteBenchDir(env.BENCH_PGLITE_DIR ?? DEFAULT_PGLITE_DIR, count) }, false)));
    }
    // Every request answered with a success; the figures themselves are for people to read.
    expect(measured.every((r) => r.status < 300 && r.api.length === runs)).toBe(true);
    log(`bench total ${((performance.now() - started) / 1000).toFixed(0)} s, process max RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
    if (env.BENCH_OUTPUT) await writeFile(env.BENCH_OUTPUT, `${report.join('\n')}\n`);
  });
});
