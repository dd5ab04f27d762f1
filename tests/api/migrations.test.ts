import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteDb, type PgliteDb } from '../../src/server/db/pglite-db.ts';
import { migrations } from '../../src/server/db/migrate.ts';
import { timedStatuses } from '../../src/domain/indicators.ts';
import { WorkingCalendar, type WorkingTimeSettings } from '../../src/domain/working-time.ts';

// Migrations change databases that communes already run: each one that rewrites data is
// checked here on rows written the way the previous schema wrote them.
let db: PgliteDb;
const applied = new Set<string>();
/** Applies the migrations not yet applied, in order, up to and including `name`. */
const upTo = async (name: string) => {
  for (const migration of migrations.filter((m) => m.name <= name && !applied.has(m.name))) {
    await db.exec(migration.sql);
    applied.add(migration.name);
  }
};

beforeAll(async () => {
  db = await openPgliteDb();
});
afterAll(async () => {
  await db.close();
});

describe('006_exact_durations', () => {
  it('turns paused minutes into milliseconds and takes the original appointment from the receipt', async () => {
    await upTo('005_list_order_indexes');
    await db.exec(`
      INSERT INTO units (id, code, name, short_name, kind) VALUES ('00000000-0000-4000-8000-000000000001', 'C', 'Trung tâm', 'TT', 'centre');
      INSERT INTO fields (id, code, name) VALUES ('00000000-0000-4000-8000-000000000002', 'HT', 'Hộ tịch');
      INSERT INTO procedures (id, code, name, field_id, duration_unit, duration_amount, deciding_unit_id, effective_from)
        VALUES ('00000000-0000-4000-8000-000000000003', '1.0', 'Thủ tục', '00000000-0000-4000-8000-000000000002', 'working_days', 3,
                '00000000-0000-4000-8000-000000000001', '2026-01-01');
      INSERT INTO dossiers (id, code, unit_id, procedure_id, channel, status, applicant_name, search_text, holder_unit_id, deciding_unit_id,
          received_at, appointment_at, original_appointment_at, paused_minutes, apology_count)
        VALUES ('00000000-0000-4000-8000-000000000004', 'C-261123-0001', '00000000-0000-4000-8000-000000000001',
          '00000000-0000-4000-8000-000000000003', 'walk_in', 'processing', 'A', 'a', '00000000-0000-4000-8000-000000000001',
          '00000000-0000-4000-8000-000000000001', '2026-11-23T03:00:00Z', '2026-12-03T03:00:00Z', '2026-11-27T03:00:00Z', 37, 1);
      INSERT INTO dossier_events (dossier_id, seq, at, action, to_status, to_unit_id, details)
        VALUES ('00000000-0000-4000-8000-000000000004', 1, '2026-11-23T03:00:00Z', 'receive', 'received',
          '00000000-0000-4000-8000-000000000001', '{"appointmentAt": "2026-11-26T03:00:00.000Z"}');
    `);
    await upTo('006_exact_durations');
    const [dossier] = await db.query<{ paused_working_ms: number; original_appointment_at: Date }>(
      'SELECT paused_working_ms, original_appointment_at FROM dossiers',
    );
    expect(dossier!.paused_working_ms).toBe(37 * 60_000);
    // The first apology had recorded the appointment of its moment (already moved by a pause);
    // the original is the one given at receipt.
    expect(dossier!.original_appointment_at.toISOString()).toBe('2026-11-26T03:00:00.000Z');
    await db.query("UPDATE procedures SET duration_amount = 0.5 WHERE code = '1.0'");
    const [procedure] = await db.query<{ duration_amount: number }>('SELECT duration_amount FROM procedures');
    expect(procedure!.duration_amount).toBe(0.5);
  });
});

describe('008_administration', () => {
  it('gives procedure versions revisions and fee lines, and turns the old office hours and deadline into the new settings', async () => {
    // Every migration before 008, in order.
    for (const migration of migrations.filter((m) => m.name < '008' && !applied.has(m.name))) {
      await db.exec(migration.sql);
      applied.add(migration.name);
    }
    await db.exec(`
      INSERT INTO procedures (id, code, name, field_id, duration_unit, duration_amount, fee_amount, fee_note, deciding_unit_id, effective_from)
        VALUES ('00000000-0000-4000-8000-000000000005', '1.0', 'Thủ tục (2027)', '00000000-0000-4000-8000-000000000002', 'working_days', 5, 28000, 'Theo Nghị quyết',
                '00000000-0000-4000-8000-000000000001', '2027-01-01');
      INSERT INTO settings (key, value) VALUES
        ('working_time', '{"morningStart": "07:30", "morningEnd": "11:30", "afternoonStart": "13:00", "afternoonEnd": "16:30",
                           "saturdayMorningCounts": true, "sameDayCutoff": "14:30", "dueSoonWorkingDays": 3}'),
        ('supplement_deadline_working_days', '10');
    `);
    await upTo(migrations.find((m) => m.name.startsWith('008'))!.name);
    const versions = await db.query<{ effective_from: string; revision: number; fee_lines: unknown; leg_shares: unknown }>(
      "SELECT effective_from, revision, fee_lines, leg_shares FROM procedures WHERE code = '1.0' ORDER BY effective_from",
    );
    expect(versions.map((v) => [v.effective_from, v.revision])).toEqual([
      ['2026-01-01', 1],
      ['2027-01-01', 2],
    ]);
    expect(versions[0]!.fee_lines).toEqual([]);
    expect(versions[1]!.fee_lines).toEqual([{ kind: 'charge', amount: 28000, note: 'Theo Nghị quyết' }]);
    expect(versions[1]!.leg_shares).toEqual({ desk_intake: 0.1, department: 0.1, handler: 0.65, approval: 0.15 });
    const settings = Object.fromEntries(
      (await db.query<{ key: string; value: unknown }>('SELECT key, value FROM settings')).map((row) => [row.key, row.value]),
    );
    const full = { morning: { start: '07:30', end: '11:30' }, afternoon: { start: '13:00', end: '16:30' } };
    expect(settings.working_time).toEqual({
      week: {
        monday: full,
        tuesday: full,
        wednesday: full,
        thursday: full,
        friday: full,
        saturday: { morning: { start: '07:30', end: '11:30' }, afternoon: null },
        sunday: { morning: null, afternoon: null },
      },
      sameDayCutoff: '14:30',
      dueSoonWorkingDays: 3,
    });
    // What the API reads back is a valid calendar with the same hours.
    expect(() => new WorkingCalendar(settings.working_time as WorkingTimeSettings, [])).not.toThrow();
    expect(settings.supplement_deadline_working_days).toEqual({ supplementDeadlineWorkingDays: 10 });
  });
});

describe('041_overview_counts', () => {
  it('marks the dossiers already digitised and counts their figures, ratings and payments per day', async () => {
    await upTo('030_citizens');
    // The dossier of the 006 test, received on 23/11/2026: its paper scanned, decided with its
    // result's file, rated 2, and its fee paid in full online on 25/11.
    const dossier = '00000000-0000-4000-8000-000000000004';
    await db.exec(`
      INSERT INTO dossier_documents (id, dossier_id, position, name, received) VALUES ('00000000-0000-4000-8000-000000000010', '${dossier}', 1, 'Tờ khai', true);
      INSERT INTO dossier_documents (dossier_id, position, name, received) VALUES ('${dossier}', 2, 'Bản sao', false);
      INSERT INTO attachments (dossier_id, dossier_document_id, kind, file_name, content_type, size_bytes, content)
        VALUES ('${dossier}', '00000000-0000-4000-8000-000000000010', 'document', 'to-khai.pdf', 'application/pdf', 5, '\\x255044462d'),
               ('${dossier}', NULL, 'result', 'ket-qua.pdf', 'application/pdf', 5, '\\x255044462d');
      UPDATE dossiers SET status = 'returned', decided_at = '2026-11-26T03:00:00Z', fee_amount = 20000, fee_paid_amount = 20000,
        fee_paid_at = '2026-11-25T02:00:00Z' WHERE id = '${dossier}';
      INSERT INTO dossier_ratings (dossier_id, event_id, level, channel, rated_at)
        SELECT '${dossier}', id, 2, 'counter', '2026-11-27T03:00:00Z' FROM dossier_events WHERE dossier_id = '${dossier}';
      INSERT INTO fee_payments (dossier_id, event_id, amount, method, portal_transaction_id, payer_name, paid_at, recorded_at)
        SELECT '${dossier}', id, 20000, 'online', 'TT-1', 'A', '2026-11-25T02:00:00Z', '2026-11-25T02:00:00Z' FROM dossier_events WHERE dossier_id = '${dossier}';
    `);
    await upTo('041_overview_counts');
    const [row] = await db.query<{ digitised: boolean }>('SELECT digitised FROM dossiers WHERE id = $1', [dossier]);
    expect(row!.digitised).toBe(true);
    const days = await db.query<Record<string, string | number>>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(received)::int AS received, sum(digitised)::int AS digitised, sum(decided)::int AS decided,
         sum(fee_paid)::int AS fee_paid, sum(fee_paid_online)::int AS fee_paid_online, sum(rated_2)::int AS rated_2
       FROM dossier_day_counts GROUP BY day ORDER BY day`,
    );
    expect(days).toEqual([
      { day: '2026-11-23', received: 1, digitised: 1, decided: 0, fee_paid: 0, fee_paid_online: 0, rated_2: 0 },
      { day: '2026-11-25', received: 0, digitised: 0, decided: 0, fee_paid: 1, fee_paid_online: 1, rated_2: 0 },
      { day: '2026-11-26', received: 0, digitised: 0, decided: 1, fee_paid: 0, fee_paid_online: 0, rated_2: 1 },
    ]);
    const [statuses] = await db.query<{ count: number }>("SELECT sum(count)::int AS count FROM dossier_status_counts WHERE status = 'returned'");
    expect(statuses!.count).toBe(1);
  });
});

describe('rules the schema repeats', () => {
  it('indexes the open dossiers by exactly the statuses in which the clock runs', async () => {
    await upTo(migrations.at(-1)!.name);
    const indexes = await db.query<{ indexname: string; indexdef: string }>(
      "SELECT indexname, indexdef FROM pg_indexes WHERE indexname IN ('dossiers_open_appointment_idx', 'dossiers_open_load_idx', 'dossiers_handler_open_load_idx')",
    );
    expect(indexes).toHaveLength(3);
    for (const index of indexes) {
      const predicate = index.indexdef.slice(index.indexdef.indexOf(' WHERE '));
      const statuses = [...predicate.matchAll(/'([a-z_]+)'/g)].map((match) => match[1]);
      expect(statuses.sort(), index.indexname).toEqual([...timedStatuses].sort());
    }
  });
});
