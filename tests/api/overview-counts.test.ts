import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../src/server/db/db.ts';
import { dossierStatuses } from '../../src/domain/dossier-status.ts';
import { lateFor766Sql, onlinePaymentShare, paidOnlineSql, processingWorkingMs } from '../../src/domain/indicators.ts';
import { documentDigitisation, dossierDigitisation } from '../../src/domain/digitisation.ts';
import { averageRating, dissatisfiedRatingSql, isDissatisfied, satisfactionIndex } from '../../src/domain/satisfaction.ts';
import { dayStart } from '../../src/server/services/dossier-filters.ts';
import { Overview } from '../../src/domain/schemas/reports.ts';
import { loadWorkingCalendar } from '../../src/server/services/calendar-service.ts';
import type { WorkingCalendar } from '../../src/domain/working-time.ts';
import type { DossierDetail } from '../../src/domain/schemas/dossier.ts';
import { createTestApi, type TestApi } from '../setup/test-api.ts';

// The overview reads figures per day and per status that triggers keep as dossiers, their
// checklist items, files, ratings and payments change (migration 041), and ratings per day,
// officer and level as ratings, dossiers and returns change (migration 044). Whatever is written,
// in whatever order, they must be what counting the dossiers gives: this counts both ways
// after random changes, and compares the overview with the figures counted straight from
// the dossiers the way the rules define them.
let t: TestApi;
let calendar: WorkingCalendar;
let dossierIds: string[];
let procedureIds: string[];
let documentIds: string[];
let userIds: string[];

beforeAll(async () => {
  t = await createTestApi();
  calendar = await loadWorkingCalendar(t.db);
  dossierIds = (await t.db.query<{ id: string }>('SELECT id FROM dossiers ORDER BY code')).map((r) => r.id);
  procedureIds = (await t.db.query<{ id: string }>('SELECT id FROM procedures ORDER BY code')).map((r) => r.id);
  documentIds = (await t.db.query<{ id: string }>('SELECT id FROM dossier_documents ORDER BY id')).map((r) => r.id);
  userIds = (await t.db.query<{ id: string }>('SELECT id FROM users ORDER BY username')).map((r) => r.id);
});
afterAll(async () => {
  await t.close();
});

type Figures = Record<string, number>;

/**
 * The figures counted from the dossiers, their checklist items, files, ratings and payments
 * themselves, by the domain's rules, days by the domain's calendar.
 */
async function counted(db: Queryable): Promise<Figures> {
  const rows = await db.query<{
    status: string; procedure_id: string; channel: string; submitted_at: Date | null; received_at: Date | null; decided_at: Date | null;
    appointment_at: Date | null; apology_count: number; supplement_count: number; processing_working_ms: number | null;
    documents: { received: boolean; files: number; reused: string | null }[]; results: number;
    fee_amount: number; fee_paid_at: Date | null; paid_online: boolean; rating: number | null;
    handler_user_id: string | null; returners: string[];
  }>(
    `SELECT d.status, d.procedure_id, d.channel, d.submitted_at, d.received_at, d.decided_at, d.appointment_at, d.apology_count,
       d.supplement_count, d.processing_working_ms, d.fee_amount, d.fee_paid_at,
       coalesce((SELECT jsonb_agg(jsonb_build_object('received', dd.received, 'reused', dd.reused_from_document_id,
           'files', (SELECT count(*) FROM attachments a WHERE a.dossier_document_id = dd.id)))
         FROM dossier_documents dd WHERE dd.dossier_id = d.id), '[]') AS documents,
       (SELECT count(*)::int FROM attachments a WHERE a.dossier_id = d.id AND a.kind = 'result') AS results,
       EXISTS (SELECT 1 FROM fee_payments fp WHERE fp.dossier_id = d.id AND fp.method = 'online') AS paid_online,
       (SELECT r.level FROM dossier_ratings r WHERE r.dossier_id = d.id) AS rating, d.handler_user_id,
       coalesce((SELECT jsonb_agg(e.actor_user_id) FROM dossier_events e
         WHERE e.dossier_id = d.id AND e.action = 'return_result' AND e.actor_user_id IS NOT NULL), '[]') AS returners
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
      const { digitised } = dossierDigitisation({
        documents: d.documents.map((doc) => ({ received: doc.received, digitisation: documentDigitisation({ fileCount: doc.files, reusedFromDocumentId: doc.reused }) })),
        decided: d.decided_at !== null,
        resultFileCount: d.results,
      });
      add(`${key} digitised`, digitised ? 1 : 0);
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
      if (d.rating !== null) {
        add(`${key} rated_${d.rating}`, 1);
        // Per officer: the handler, and each desk officer who returned the result.
        const day = calendar.localDate(d.decided_at);
        if (d.handler_user_id) add(`officer ${day} ${d.handler_user_id} handler rated_${d.rating}`, 1);
        for (const returner of d.returners) add(`officer ${day} ${returner} desk_officer rated_${d.rating}`, 1);
      }
    }
    if (d.fee_amount > 0 && d.fee_paid_at) {
      const key = `${calendar.localDate(d.fee_paid_at)} ${d.procedure_id}`;
      add(`${key} fee_paid`, 1);
      add(`${key} fee_paid_online`, d.paid_online ? 1 : 0);
    }
    if (d.status === 'refused' && d.channel === 'online' && d.submitted_at) add(`${calendar.localDate(d.submitted_at)} ${d.procedure_id} refused_online`, 1);
  }
  return figures;
}

const measures = [
  'received', 'received_online', 'digitised', 'decided', 'decided_late', 'timed', 'timed_working_ms', 'refused_online', 'fee_paid', 'fee_paid_online',
  'rated_1', 'rated_2', 'rated_3', 'rated_4', 'rated_5',
];

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
  const officerLevels = ['rated_1', 'rated_2', 'rated_3', 'rated_4', 'rated_5'];
  const officers = await db.query<Record<string, number | string>>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, user_id, role, ${officerLevels.map((m) => `sum(${m})::int AS ${m}`).join(', ')}
     FROM dossier_officer_rating_counts GROUP BY day, user_id, role`,
  );
  for (const row of officers) {
    for (const m of officerLevels) if (Number(row[m])) figures[`officer ${row.day} ${row.user_id} ${row.role} ${m}`] = Number(row[m]);
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
  | { kind: 'scan'; dossier: number; item: number }
  | { kind: 'item'; dossier: number; item: number; received: boolean; reuse: number | null }
  | { kind: 'rate'; dossier: number; level: number | null }
  | { kind: 'pay'; dossier: number; method: 'cash' | 'transfer' | 'online' }
  | { kind: 'handler'; dossier: number; user: number | null }
  | { kind: 'return'; dossier: number; user: number }
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
  fc.record({ kind: fc.constant('set' as const), dossier: dossierIndex, column: fc.constant('fee_amount'), value: fc.constantFrom(0, 20_000, 50_000) }),
  fc.record({ kind: fc.constant('set' as const), dossier: dossierIndex, column: fc.constant('fee_paid_at'), value: fc.option(instant, { freq: 3 }) }),
  fc.record({ kind: fc.constant('scan' as const), dossier: dossierIndex, item: fc.nat({ max: 9 }) }),
  fc.record({
    kind: fc.constant('item' as const),
    dossier: dossierIndex,
    item: fc.nat({ max: 9 }),
    received: fc.boolean(),
    reuse: fc.option(fc.nat({ max: 5_000 }), { freq: 2 }),
  }),
  fc.record({ kind: fc.constant('rate' as const), dossier: dossierIndex, level: fc.option(fc.integer({ min: 1, max: 5 }), { freq: 4 }) }),
  fc.record({ kind: fc.constant('pay' as const), dossier: dossierIndex, method: fc.constantFrom('cash' as const, 'transfer' as const, 'online' as const) }),
  fc.record({ kind: fc.constant('handler' as const), dossier: dossierIndex, user: fc.option(fc.nat({ max: 30 }), { freq: 4 }) }),
  fc.record({ kind: fc.constant('return' as const), dossier: dossierIndex, user: fc.nat({ max: 30 }) }),
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
    case 'scan':
    case 'item': {
      const items = await tx.query<{ id: string }>('SELECT id FROM dossier_documents WHERE dossier_id = $1 ORDER BY position, id', [dossier]);
      const item = items[c.item % Math.max(items.length, 1)];
      if (!item) return;
      if (c.kind === 'scan') {
        await tx.query(
          `INSERT INTO attachments (dossier_id, dossier_document_id, kind, file_name, content_type, size_bytes, content)
           VALUES ($1, $2, 'document', 'scan.pdf', 'application/pdf', 5, $3)`,
          [dossier, item.id, new TextEncoder().encode('%PDF-')],
        );
      } else {
        const reuse = c.reuse === null ? null : documentIds[c.reuse % documentIds.length]!;
        await tx.query('UPDATE dossier_documents SET received = $2, reused_from_document_id = $3 WHERE id = $1', [item.id, c.received, reuse === item.id ? null : reuse]);
      }
      return;
    }
    case 'rate':
      if (c.level === null) await tx.query('DELETE FROM dossier_ratings WHERE dossier_id = $1', [dossier]);
      else {
        await tx.query(
          `INSERT INTO dossier_ratings (dossier_id, event_id, level, channel, rated_at)
           SELECT $1, e.id, $2, 'counter', now() FROM dossier_events e WHERE e.dossier_id = $1 ORDER BY e.seq LIMIT 1
           ON CONFLICT (dossier_id) DO UPDATE SET level = EXCLUDED.level`,
          [dossier, c.level],
        );
      }
      return;
    case 'pay':
      await tx.query(
        `INSERT INTO fee_payments (dossier_id, event_id, amount, method, portal_transaction_id, payer_name, paid_at, recorded_at)
         SELECT $1, e.id, 1000, $2, CASE WHEN $2 = 'online' THEN gen_random_uuid()::text END, 'Người nộp', now(), now()
         FROM dossier_events e WHERE e.dossier_id = $1 ORDER BY e.seq LIMIT 1`,
        [dossier, c.method],
      );
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
    case 'handler':
      await tx.query('UPDATE dossiers SET handler_user_id = $2 WHERE id = $1', [dossier, c.user === null ? null : userIds[c.user % userIds.length]]);
      return;
    case 'return':
      await tx.query(
        `INSERT INTO dossier_events (dossier_id, seq, at, actor_user_id, action, to_status)
         SELECT $1, coalesce(max(seq), 0) + 1, now(), $2, 'return_result', 'returned' FROM dossier_events WHERE dossier_id = $1`,
        [dossier, userIds[c.user % userIds.length]],
      );
      return;
    case 'compact':
      await tx.query('SELECT compact_dossier_counts()');
      await tx.query('SELECT compact_officer_rating_counts()');
  }
}

class RolledBack extends Error {}

/**
 * The overview's period figures counted straight from the dossiers, with the rules' SQL
 * (`lateFor766Sql`, the digitisation rule `dossier_is_digitised`, `paidOnlineSql`,
 * `dissatisfiedRatingSql`) and the calendar: what the overview computed before it read the
 * day counts.
 */
async function countedFigures(db: Queryable, period: { from: string; to: string }) {
  const range = [dayStart(period.from), new Date(dayStart(period.to).getTime() + 86_400_000)];
  const [decided] = await db.query<{ decided: number; late: number }>(
    `SELECT count(*)::int AS decided, count(*) FILTER (WHERE ${lateFor766Sql})::int AS late FROM dossiers d WHERE d.decided_at >= $1 AND d.decided_at < $2`,
    range,
  );
  const [received] = await db.query<{ received: number; online: number; digitised: number }>(
    `SELECT count(*)::int AS received, count(*) FILTER (WHERE d.channel = 'online')::int AS online,
       count(*) FILTER (WHERE dossier_is_digitised(d.id, d.decided_at))::int AS digitised
     FROM dossiers d WHERE d.received_at >= $1 AND d.received_at < $2`,
    range,
  );
  const [refused] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM dossiers d WHERE d.status = 'refused' AND d.channel = 'online' AND d.submitted_at >= $1 AND d.submitted_at < $2`,
    range,
  );
  const finished = await db.query<{ procedure_id: string; received_at: Date; decided_at: Date; paused_working_ms: number }>(
    `SELECT d.procedure_id, d.received_at, d.decided_at, d.paused_working_ms FROM dossiers d
     WHERE d.decided_at >= $1 AND d.decided_at < $2 AND d.received_at IS NOT NULL`,
    range,
  );
  const perProcedure = new Map<string, { decided: number; workingMs: number }>();
  for (const row of finished) {
    const entry = perProcedure.get(row.procedure_id) ?? { decided: 0, workingMs: 0 };
    entry.decided += 1;
    entry.workingMs += processingWorkingMs(calendar, { receivedAt: row.received_at, decidedAt: row.decided_at, pausedWorkingMs: row.paused_working_ms });
    perProcedure.set(row.procedure_id, entry);
  }
  const levels = await db.query<{ level: number; count: number }>(
    `SELECT r.level, count(*)::int AS count FROM dossiers d JOIN dossier_ratings r ON r.dossier_id = d.id
     WHERE d.decided_at >= $1 AND d.decided_at < $2 GROUP BY r.level ORDER BY r.level`,
    range,
  );
  const [dissatisfied] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM dossiers d JOIN dossier_ratings r ON r.dossier_id = d.id
     WHERE d.decided_at >= $1 AND d.decided_at < $2 AND ${dissatisfiedRatingSql}`,
    range,
  );
  const [payments] = await db.query<{ paid: number; online: number }>(
    `SELECT count(*)::int AS paid, count(*) FILTER (WHERE ${paidOnlineSql})::int AS online
     FROM dossiers d WHERE d.fee_amount > 0 AND d.fee_paid_at >= $1 AND d.fee_paid_at < $2`,
    range,
  );
  const week = (column: string) => `to_char(date_trunc('week', ${column} AT TIME ZONE 'Asia/Ho_Chi_Minh'), 'YYYY-MM-DD')`;
  const weekly = await db.query<{ week: string; received: number; decided: number }>(
    `SELECT week, sum(received)::int AS received, sum(decided)::int AS decided FROM (
       SELECT ${week('d.received_at')} AS week, 1 AS received, 0 AS decided FROM dossiers d WHERE d.received_at >= $1 AND d.received_at < $2
       UNION ALL SELECT ${week('d.decided_at')}, 0, 1 FROM dossiers d WHERE d.decided_at >= $1 AND d.decided_at < $2) w GROUP BY week ORDER BY week`,
    range,
  );
  const rated = levels.flatMap((row) => Array<number>(row.count).fill(row.level));
  return {
    indicators: { ...decided!, ...received!, refusedOnline: refused!.n },
    processingTime: [...perProcedure].map(([procedureId, e]) => ({
      procedureId,
      decided: e.decided,
      averageWorkingDays: Math.round((e.workingMs / e.decided / calendar.workingDayMs) * 100) / 100,
    })).sort((a, b) => a.procedureId.localeCompare(b.procedureId)),
    weekly,
    satisfaction: {
      levels: levels.map((row) => ({ level: row.level, count: row.count })),
      rated: rated.length,
      dissatisfied: dissatisfied!.n,
      // The domain's rule for a complaint gives the same count as its SQL form.
      dissatisfiedByLevel: rated.filter(isDissatisfied).length,
      index: satisfactionIndex({ decided: decided!.decided, late: decided!.late, dissatisfied: dissatisfied!.n }),
      average: averageRating(rated),
    },
    onlinePayment: { paid: payments!.paid, paidOnline: payments!.online, share: onlinePaymentShare({ paid: payments!.paid, paidOnline: payments!.online }) },
  };
}

/** The same figures as the overview gives them. */
function overviewFigures(overview: Overview) {
  const { indicators: i, satisfaction: s } = overview;
  return {
    indicators: { decided: i.decided, late: i.decidedLate, received: i.received, online: i.receivedOnline, digitised: i.digitised, refusedOnline: i.refusedOnline },
    processingTime: overview.processingTime
      .map((p) => ({ procedureId: p.procedureId, decided: p.decided, averageWorkingDays: p.averageWorkingDays }))
      .sort((a, b) => a.procedureId.localeCompare(b.procedureId)),
    weekly: overview.weekly.filter((w) => w.received > 0 || w.decided > 0).map((w) => ({ week: w.weekStart, received: w.received, decided: w.decided })),
    satisfaction: {
      levels: s.levels.filter((l) => l.count > 0),
      rated: s.rated,
      dissatisfied: s.dissatisfied,
      dissatisfiedByLevel: s.dissatisfied,
      index: s.index,
      average: s.average,
    },
    onlinePayment: overview.onlinePayment,
  };
}

describe('the counts the overview reads', () => {
  it('give the overview the figures counted straight from the demo dossiers, for any period', async () => {
    const cookie = await t.login('chutich');
    const [span] = await t.db.query<{ first: string; last: string }>(
      `SELECT to_char(min(received_at) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS first,
         to_char(max(decided_at) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS last FROM dossiers`,
    );
    const months = await t.db.query<{ from: string; to: string }>(
      `SELECT to_char(m, 'YYYY-MM-DD') AS from, to_char(m + interval '1 month' - interval '1 day', 'YYYY-MM-DD') AS to
       FROM generate_series(date_trunc('month', $1::date), $2::date, interval '1 month') m`,
      [span!.first, span!.last],
    );
    const periods = [...months, { from: span!.first, to: span!.last }, { from: span!.last, to: span!.last }, { from: '2026-10-28', to: '2026-11-03' }];
    expect(months.length).toBeGreaterThan(2);
    let figures = 0;
    for (const period of periods) {
      const response = await t.request(`/api/reports/overview?from=${period.from}&to=${period.to}`, { cookie });
      expect(response.status, await response.clone().text()).toBe(200);
      const expected = await countedFigures(t.db, period);
      expect({ period, ...overviewFigures(Overview.parse(await response.json())) }).toEqual({ period, ...expected });
      figures += expected.indicators.digitised + expected.satisfaction.rated + expected.onlinePayment.paidOnline;
    }
    // The demo data exercises every figure.
    expect(figures).toBeGreaterThan(100);
  });

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
            await tx.query('SELECT refresh_officer_rating_counts()');
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
