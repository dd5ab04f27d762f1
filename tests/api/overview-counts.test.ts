import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../src/server/db/db.ts';
import { dossierStatuses } from '../../src/domain/dossier-status.ts';
import { processingWorkingMs } from '../../src/domain/indicators.ts';
import { loadWorkingCalendar } from '../../src/server/services/calendar-service.ts';
import type { WorkingCalendar } from '../../src/domain/working-time.ts';
import type { DossierDetail } from '../../src/domain/schemas/dossier.ts';
import { createTestApi, type TestApi } from '../setup/test-api.ts';

// The overview reads figures per day and per status that triggers keep as dossiers and
// attachments change (migration 013). Whatever is written, in whatever order, they must be
// what counting the dossiers gives: this counts both ways after random changes.
let t: TestApi;
let calendar: WorkingCalendar;
let dossierIds: string[];
let procedureIds: string[];

beforeAll(async () => {
  t = await createTestApi();
  calendar = await loadWorkingCalendar(t.db);
  dossierIds = (await t.db.query<{ id: string }>('SELECT id FROM dossiers ORDER BY code')).map((r) => r.id);
  procedureIds = (await t.db.query<{ id: string }>('SELECT id FROM procedures ORDER BY code')).map((r) => r.id);
});
afterAll(async () => {
  await t.close();
});

type Figures = Record<string, number>;

/** The figures counted from the dossiers and attachments themselves, days by the domain's calendar. */
async function counted(db: Queryable): Promise<Figures> {
  const rows = await db.query<{
    status: string; procedure_id: string; channel: string; submitted_at: Date | null; received_at: Date | null; decided_at: Date | null;
    appointment_at: Date | null; apology_count: number; supplement_count: number; processing_working_ms: number | null; documents: boolean; results: boolean;
  }>(
    `SELECT d.status, d.procedure_id, d.channel, d.submitted_at, d.received_at, d.decided_at, d.appointment_at, d.apology_count,
       d.supplement_count, d.processing_working_ms,
       EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_id = d.id AND a.kind = 'document') AS documents,
       EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_id = d.id AND a.kind = 'result') AS results
     FROM dossiers d`,
  );
  const figures: Figures = {};
  const add = (key: string, n: number) => {
    if (n) figures[key] = (figures[key] ?? 0) + n;
  };
  for (const d of rows) {
    add(`status ${d.status}`, 1);
    if (d.received_at) {
      const key = `${calendar.localDate(d.received_at)} ${d.procedure_id}`;
      add(`${key} received`, 1);
      add(`${key} received_online`, d.channel === 'online' ? 1 : 0);
      add(`${key} digitised`, d.documents && (d.decided_at === null || d.results) ? 1 : 0);
    }
    if (d.decided_at) {
      const key = `${calendar.localDate(d.decided_at)} ${d.procedure_id}`;
      const late = d.apology_count > 0 || d.supplement_count > 1 || (d.appointment_at !== null && d.decided_at > d.appointment_at);
      add(`${key} decided`, 1);
      add(`${key} decided_late`, late ? 1 : 0);
      if (d.received_at && d.processing_working_ms !== null) {
        add(`${key} timed`, 1);
        add(`${key} timed_working_ms`, d.processing_working_ms);
      }
    }
    if (d.status === 'refused' && d.channel === 'online' && d.submitted_at) add(`${calendar.localDate(d.submitted_at)} ${d.procedure_id} refused_online`, 1);
  }
  return figures;
}

const measures = ['received', 'received_online', 'digitised', 'decided', 'decided_late', 'timed', 'timed_working_ms', 'refused_online'];

/** The same figures as the overview reads them: the kept increments added up. */
async function kept(db: Queryable): Promise<Figures> {
  const figures: Figures = {};
  for (const row of await db.query<{ status: string; count: number }>('SELECT status, sum(count)::int AS count FROM dossier_status_counts GROUP BY status')) {
    if (row.count) figures[`status ${row.status}`] = row.count;
  }
  const days = await db.query<Record<string, number | string>>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, procedure_id, ${measures.map((m) => `sum(${m})::bigint AS ${m}`).join(', ')}
     FROM dossier_day_counts GROUP BY day, procedure_id`,
  );
  for (const row of days) {
    for (const m of measures) if (Number(row[m])) figures[`${row.day} ${row.procedure_id} ${m}`] = Number(row[m]);
  }
  return figures;
}

/** Instants around the demo data's months, with milliseconds, often near Vietnam midnight. */
const instant = fc.oneof(
  fc.date({ min: new Date('2026-08-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }),
  fc.tuple(fc.integer({ min: 0, max: 150 }), fc.integer({ min: -3000, max: 3000 })).map(
    ([day, ms]) => new Date(Date.parse('2026-08-01T17:00:00Z') + day * 86_400_000 + ms),
  ),
);

type Change =
  | { kind: 'set'; dossier: number; column: string; value: unknown }
  | { kind: 'attach'; dossier: number; attachment: 'document' | 'result' }
  | { kind: 'detach'; dossier: number }
  | { kind: 'insert'; procedure: number; status: string; channel: string; submittedAt: Date | null; receivedAt: Date | null; decidedAt: Date | null }
  | { kind: 'compact' };

const dossierIndex = fc.nat({ max: 599 });
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), dossier: dossierIndex, column: fc.constant('status'), value: fc.constantFrom(...dossierStatuses) }),
  fc.record({
    kind: fc.constant('set' as const),
    dossier: dossierIndex,
    column: fc.constantFrom('received_at', 'decided_at', 'submitted_at', 'appointment_at'),
    value: fc.option(instant, { freq: 4 }),
  }),
  fc.record({ kind: fc.constant('set' as const), dossier: dossierIndex, column: fc.constant('channel'), value: fc.constantFrom('walk_in', 'online', 'postal') }),
  fc.record({ kind: fc.constant('set' as const), dossier: dossierIndex, column: fc.constantFrom('apology_count', 'supplement_count'), value: fc.nat({ max: 3 }) }),
  fc.record({ kind: fc.constant('set' as const), dossier: dossierIndex, column: fc.constant('processing_working_ms'), value: fc.option(fc.nat({ max: 40 * 3_600_000 })) }),
  fc.record({ kind: fc.constant('set' as const), dossier: dossierIndex, column: fc.constant('procedure_id'), value: fc.nat({ max: 20 }) }),
  fc.record({ kind: fc.constant('attach' as const), dossier: dossierIndex, attachment: fc.constantFrom('document' as const, 'result' as const) }),
  fc.record({ kind: fc.constant('detach' as const), dossier: dossierIndex }),
  fc.record({
    kind: fc.constant('insert' as const),
    procedure: fc.nat({ max: 20 }),
    status: fc.constantFrom(...dossierStatuses),
    channel: fc.constantFrom('walk_in', 'online', 'postal'),
    submittedAt: fc.option(instant),
    receivedAt: fc.option(instant),
    decidedAt: fc.option(instant),
  }),
  fc.constant({ kind: 'compact' as const }),
);

async function apply(tx: Queryable, c: Change): Promise<void> {
  const dossier = 'dossier' in c ? dossierIds[c.dossier % dossierIds.length]! : '';
  switch (c.kind) {
    case 'set': {
      const value = c.column === 'procedure_id' ? procedureIds[Number(c.value) % procedureIds.length] : c.value;
      await tx.query(`UPDATE dossiers SET ${c.column} = $2 WHERE id = $1`, [dossier, value]);
      return;
    }
    case 'attach':
      await tx.query(
        `INSERT INTO attachments (dossier_id, kind, file_name, content_type, size_bytes, content) VALUES ($1, $2, 'scan.pdf', 'application/pdf', 5, $3)`,
        [dossier, c.attachment, new TextEncoder().encode('%PDF-')],
      );
      return;
    case 'detach':
      await tx.query('DELETE FROM attachments WHERE id = (SELECT id FROM attachments WHERE dossier_id = $1 LIMIT 1)', [dossier]);
      return;
    case 'insert':
      await tx.query(
        `INSERT INTO dossiers (code, unit_id, procedure_id, channel, status, applicant_name, search_text, holder_unit_id, deciding_unit_id,
           submitted_at, received_at, decided_at)
         SELECT 'RANDOM-' || gen_random_uuid(), u.id, p.id, $2, $3, 'Ngẫu nhiên', 'ngau nhien', u.id, p.deciding_unit_id, $4, $5, $6
         FROM units u, procedures p WHERE u.kind = 'centre' AND p.id = $1`,
        [procedureIds[c.procedure % procedureIds.length], c.channel, c.status, c.submittedAt, c.receivedAt, c.decidedAt],
      );
      return;
    case 'compact':
      await tx.query('SELECT compact_dossier_counts()');
  }
}

class RolledBack extends Error {}

describe('the counts the overview reads', () => {
  it('start equal to counting the dossiers (seeded demo data)', async () => {
    expect(await kept(t.db)).toEqual(await counted(t.db));
  });

  it('stay equal to counting the dossiers after any random changes, compacted or not', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 25 }), async (changes) => {
        let result: { kept: Figures; counted: Figures; refreshed: Figures } | undefined;
        await t.db
          .transaction(async (tx) => {
            for (const c of changes) await apply(tx, c);
            const before = { kept: await kept(tx), counted: await counted(tx) };
            await tx.query('SELECT refresh_dossier_counts()');
            result = { ...before, refreshed: await kept(tx) };
            throw new RolledBack();
          })
          .catch((error: unknown) => {
            if (!(error instanceof RolledBack)) throw error;
          });
        expect(result!.kept).toEqual(result!.counted);
        expect(result!.refreshed).toEqual(result!.counted);
      }),
      { numRuns: 40 },
    );
  });

  it('record the processing time when a result is approved: receipt to decision, supplement waiting excluded', async () => {
    const [row] = await t.db.query<{ id: string }>("SELECT id FROM dossiers WHERE status = 'awaiting_approval' AND received_at IS NOT NULL ORDER BY code LIMIT 1");
    const cookie = await t.login('chutich');
    const before: DossierDetail = await (await t.request(`/api/dossiers/${row!.id}`, { cookie })).json();
    const response = await t.request(`/api/dossiers/${row!.id}/actions/approve`, { method: 'POST', cookie, json: { version: before.version, note: '' } });
    expect(response.status, await response.clone().text()).toBe(200);
    const [after] = await t.db.query<{ received_at: Date; decided_at: Date; paused_working_ms: number; processing_working_ms: number }>(
      'SELECT received_at, decided_at, paused_working_ms, processing_working_ms FROM dossiers WHERE id = $1',
      [row!.id],
    );
    expect(after!.processing_working_ms).toBe(
      processingWorkingMs(calendar, { receivedAt: after!.received_at, decidedAt: after!.decided_at, pausedWorkingMs: after!.paused_working_ms }),
    );
    expect(after!.processing_working_ms).toBeGreaterThan(0);
    expect(await kept(t.db)).toEqual(await counted(t.db));
  });
});
