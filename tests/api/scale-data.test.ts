import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/db.ts';
import { prepareDatabase } from '../../src/server/bootstrap.ts';
import { fillScaleData, type ScaleResult } from '../../mocks/demo-data/scale.ts';
import { DEMO_PASSWORD } from '../../mocks/demo-data/seed-demo.ts';
import { itChecksTheGeneratedData } from '../setup/dataset-checks.ts';
import { openEmptyTestDbWithLoader } from '../setup/test-db.ts';
import { TEST_NOW } from '../setup/test-clock.ts';

// The bench's generator at a small size, through the same COPY path as a million dossiers
// (keys, indexes and triggers set aside and rebuilt): the data must pass the same checks
// as the demo seed's.
let target: Awaited<ReturnType<typeof openEmptyTestDbWithLoader>>;
let db: Db;
let result: ScaleResult;
let schemaBefore: string[];

/** Keys, indexes and triggers (with whether they are enabled) of the schema. */
async function schema(): Promise<string[]> {
  const rows = await db.query<{ item: string }>(
    `SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS item FROM pg_constraint WHERE connamespace = 'public'::regnamespace
     UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
     UNION ALL SELECT 'trigger ' || tgname || ' ' || tgenabled::text FROM pg_trigger WHERE NOT tgisinternal
     ORDER BY 1`,
  );
  return rows.map((r) => r.item);
}

beforeAll(async () => {
  target = await openEmptyTestDbWithLoader();
  db = target.db;
  await prepareDatabase(db, { sampleCommune: true, adminPassword: DEMO_PASSWORD });
  schemaBefore = await schema();
  result = await fillScaleData(db, { now: TEST_NOW, dossierCount: 3_000, seed: 11, loader: target.loader });
}, 240_000);
afterAll(async () => {
  await target.close();
});

describe('the scale generator', () => {
  it('loads every dossier with its history, checklist, files, payments and rating, and puts every key, index and trigger back', async () => {
    const [totals] = await db.query<{ dossiers: number; events: number; documents: number; attachments: number; payments: number; ratings: number; notifications: number }>(
      `SELECT (SELECT count(*) FROM dossiers)::int AS dossiers, (SELECT count(*) FROM dossier_events)::int AS events,
         (SELECT count(*) FROM dossier_documents)::int AS documents, (SELECT count(*) FROM attachments)::int AS attachments,
         (SELECT count(*) FROM fee_payments)::int AS payments, (SELECT count(*) FROM dossier_ratings)::int AS ratings,
         (SELECT count(*) FROM notifications)::int AS notifications`,
    );
    expect(totals).toEqual({
      dossiers: 3_000, events: result.events, documents: result.documents, attachments: result.attachments, payments: result.payments,
      ratings: result.ratings, notifications: result.notifications,
    });
    expect(Math.min(result.attachments, result.payments, result.ratings)).toBeGreaterThan(300);
    expect(await schema()).toEqual(schemaBefore);
    expect(schemaBefore.filter((item) => item.startsWith('index ')).length).toBeGreaterThan(20);
    expect(await db.query("SELECT 1 FROM pg_tables WHERE tablename LIKE 'scale_fill%'")).toEqual([]);
  });

  itChecksTheGeneratedData(() => db, TEST_NOW);
});
