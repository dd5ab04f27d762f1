import type { Db } from '../../src/server/db/db.ts';
import { isSessionLookup, replay, type RecordingDb } from './recording-db.ts';

export interface BenchCase {
  group: 'queue' | 'search' | 'dossier page' | 'receive' | 'overview';
  name: string;
  /** Builds the request of run `i` (a few cases rotate their target). */
  request(i: number): Request;
}

export interface CaseResult {
  group: BenchCase['group'];
  name: string;
  api: number[];
  bare: number[];
  statements: number;
  status: number;
}

export const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
};

/**
 * Times one case: each run sends the request to the API (response body read to the end)
 * while recording its statements, then replays the request's own statements (the session
 * lookup left out) straight through the Db port. API and bare runs alternate, so both see
 * the same cache and the same growth of the tables.
 */
export async function measureCase(
  api: { fetch(request: Request): Response | Promise<Response> },
  db: RecordingDb,
  bench: BenchCase,
  options: { warmup: number; runs: number },
): Promise<CaseResult> {
  const result: CaseResult = { group: bench.group, name: bench.name, api: [], bare: [], statements: 0, status: 0 };
  for (let i = 0; i < options.warmup + options.runs; i++) {
    const request = bench.request(i);
    const apiStart = performance.now();
    const { result: response, statements } = await db.record(async () => {
      const r = await api.fetch(request);
      await r.text();
      return r;
    });
    const apiMs = performance.now() - apiStart;
    if (response.status >= 300) throw new Error(`${bench.name}: HTTP ${response.status}`);
    const work = statements.filter((s) => !isSessionLookup(s));
    const bareStart = performance.now();
    await replay(db.inner as Db, work);
    const bareMs = performance.now() - bareStart;
    if (i >= options.warmup) {
      result.api.push(apiMs);
      result.bare.push(bareMs);
    }
    result.statements = work.length;
    result.status = response.status;
  }
  return result;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** Targets on PostgreSQL with 100,000 dossiers (README, "Performance"). */
export function targetFor(group: BenchCase['group']): number | null {
  if (group === 'queue' || group === 'search') return 50;
  if (group === 'overview') return 300;
  return null;
}

export function formatTable(title: string, results: readonly CaseResult[], withTargets: boolean): string {
  const header = ['case', 'API p50', 'API p95', 'bare p50', 'bare p95', 'API/bare p50', 'stmts', ...(withTargets ? ['target (p95, ≤2×)'] : [])];
  const rows = results.map((r) => {
    const apiP50 = percentile(r.api, 50);
    const apiP95 = percentile(r.api, 95);
    const bareP50 = percentile(r.bare, 50);
    const ratio = apiP50 / bareP50;
    const cells = [`${r.group}: ${r.name}`, ms(apiP50), ms(apiP95), ms(bareP50), ms(percentile(r.bare, 95)), `${ratio.toFixed(2)}×`, String(r.statements)];
    if (withTargets) {
      const target = targetFor(r.group);
      const timeOk = target === null || apiP95 <= target;
      cells.push(`${target === null ? '—' : `≤${target} ms ${timeOk ? 'met' : 'MISSED'}`}, ratio ${ratio <= 2 ? 'met' : 'MISSED'}`);
    }
    return cells;
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [title, line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
