import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_TOTAL_CAP, SEARCH_TOTAL_CAP } from '../../src/server/services/dossier-queries.ts';
import { createTestApi, type TestApi } from '../setup/test-api.ts';

// A list counts its dossiers exactly up to a cap and then says "more than": a name search
// up to 200 (a common name matches tens of thousands in a province), any other list up
// to 10,000.
let t: TestApi;
let cookie: string;

beforeAll(async () => {
  t = await createTestApi();
  cookie = await t.login('motcua1');
  // One online submission more than a name search counts, all of one applicant.
  await t.db.query(
    `INSERT INTO dossiers (code, unit_id, procedure_id, channel, status, applicant_name, search_text, holder_unit_id, deciding_unit_id, submitted_at)
     SELECT 'CAP-' || lpad(n::text, 5, '0'), u.id, p.id, 'online', 'awaiting_intake', 'Vũ Thị Giới Hạn', 'vu thi gioi han', u.id, p.deciding_unit_id,
       now() - n * interval '1 minute'
     FROM generate_series(1, $1::int) n, units u, (SELECT * FROM procedures ORDER BY code LIMIT 1) p WHERE u.kind = 'centre'`,
    [SEARCH_TOTAL_CAP + 1],
  );
});
afterAll(async () => {
  await t.close();
});

const list = async (query: string) => {
  const response = await t.request(`/api/dossiers?${query}`, { cookie });
  expect(response.status).toBe(200);
  return (await response.json()) as { items: unknown[]; total: number; totalCapped: boolean };
};

describe('list totals', () => {
  it('a name search counts up to 200, then says there are more', async () => {
    expect(SEARCH_TOTAL_CAP).toBeLessThan(LIST_TOTAL_CAP);
    const found = await list('q=vu%20thi%20gioi%20han');
    expect(found).toMatchObject({ total: SEARCH_TOTAL_CAP, totalCapped: true });
    expect(found.items).toHaveLength(20);
  });

  it('any other list counts on, up to 10,000', async () => {
    const [{ n }] = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM dossiers WHERE status = 'awaiting_intake'");
    expect(n).toBeGreaterThan(SEARCH_TOTAL_CAP);
    expect(await list('status=awaiting_intake')).toMatchObject({ total: n, totalCapped: false });
  });

  it('a queue of whole statuses counts from the kept counts, a narrowed one counts rows: both exact', async () => {
    const count = async (where: string) => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM dossiers d WHERE ${where}`))[0]!.n;
    // One row per page, so every list has a next page and is counted.
    const cases: [string, string][] = [
      ['queue=awaiting_supplement', "status IN ('supplement_requested', 'intake_completion_requested')"],
      ['queue=to_return', "status = 'result_ready'"],
      ['queue=withdrawn_stopped&status=stopped', "status = 'stopped'"],
      ['queue=all', 'true'],
      ['queue=online_intake&channel=online', "status = 'awaiting_intake' AND channel = 'online'"],
      ['queue=to_return&channel=walk_in', "status = 'result_ready' AND channel = 'walk_in'"],
    ];
    for (const [query, where] of cases) {
      const n = await count(where);
      expect(n, query).toBeGreaterThan(1);
      expect(await list(`${query}&pageSize=1`), query).toMatchObject({ total: n, totalCapped: false });
    }
  });
});
