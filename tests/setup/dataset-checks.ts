import { expect, it } from 'vitest';
import type { Queryable } from '../../src/server/db/db.ts';
import { loadWorkingCalendar } from '../../src/server/services/calendar-service.ts';
import type { DossierStatus } from '../../src/domain/dossier-status.ts';
import { isAllowedFrom, nextStatus, systemActions, transitions, type DossierAction } from '../../src/domain/dossier-lifecycle.ts';
import { feeAfterPayment } from '../../src/domain/fees.ts';
import { digitisedSql, documentDigitisation, dossierDigitisation } from '../../src/domain/digitisation.ts';
import { dossierCodePattern } from '../../src/domain/dossier-code.ts';
import { foldText } from '../../src/domain/text.ts';
import { legFieldsOfStep, nonHandoffActions, type LegShares } from '../../src/domain/control-slip.ts';
import type { DurationUnit } from '../../src/domain/channels.ts';
import type { Role } from '../../src/domain/roles.ts';
import { processingWorkingMs } from '../../src/domain/indicators.ts';

interface EventRow {
  dossier_id: string;
  seq: number;
  at: Date;
  action: DossierAction;
  actor_role: Role | null;
  actor_user_id: string | null;
  from_status: DossierStatus | null;
  to_status: DossierStatus;
  to_unit_id: string;
  to_user_id: string | null;
}

/**
 * What every generated data set must satisfy, whichever path wrote it (the demo seed
 * through plain inserts, the scale generator through COPY with keys and triggers set
 * aside): histories that walk the state machine, legs and columns as the rules compute
 * them, gap-free codes, and the data the database's triggers keep. Registers the tests in
 * the calling `describe`.
 */
export function itChecksTheGeneratedData(getDb: () => Queryable, now: Date): void {
  it('writes histories that walk the state machine, numbered 1..n in time order, in office hours', async () => {
    const db = getDb();
    const calendar = await loadWorkingCalendar(db);
    const events = await db.query<EventRow>(
      `SELECT dossier_id, seq, at, action, actor_role, actor_user_id, from_status, to_status, to_unit_id, to_user_id
       FROM dossier_events ORDER BY dossier_id, seq`,
    );
    expect(events.length).toBeGreaterThan(2000);
    const problems: string[] = [];
    let previous: EventRow | null = null;
    for (const event of events) {
      const first = previous?.dossier_id !== event.dossier_id;
      const problem = (what: string) => problems.push(`${event.dossier_id} #${event.seq} ${event.action}: ${what}`);
      if (event.seq !== (first ? 1 : previous!.seq + 1)) problem('sequence gap');
      if (!first && event.at.getTime() <= previous!.at.getTime()) problem('not after the previous event');
      if (event.at.getTime() >= now.getTime()) problem('in the future');
      if (event.from_status !== (first ? null : previous!.to_status)) problem('from_status is not the previous to_status');
      if (event.from_status !== null && !isAllowedFrom(event.action, event.from_status)) problem('not allowed from that status');
      const expected = event.from_status === null ? transitions[event.action].to : nextStatus(event.action, event.from_status);
      if (event.to_status !== expected) problem(`to_status ${event.to_status}, expected ${expected}`);
      const roles = transitions[event.action].roles;
      // The system acts only where it may (portal deliveries and payments, a rating on the lookup page), at any hour.
      const bySystem = event.actor_user_id === null && systemActions.has(event.action);
      if (roles.length === 0 && event.actor_user_id !== null) problem('an applicant step with a staff actor');
      if (roles.length > 0 && !bySystem && (event.actor_role === null || !roles.includes(event.actor_role))) problem(`actor role ${event.actor_role}`);
      // The minute before a desk action was office time: it happened within working hours.
      if (roles.length > 0 && !bySystem && calendar.workingMsBetween(new Date(event.at.getTime() - 60_000), event.at) !== 60_000) problem('outside office hours');
      previous = event;
    }
    expect(problems).toEqual([]);
  });

  it('gives every handoff the control-slip leg the API would give it (the domain’s shares, from the recorded instants)', async () => {
    const db = getDb();
    const calendar = await loadWorkingCalendar(db);
    const events = await db.query<{
      dossier_id: string; at: Date; action: DossierAction; details: { appointmentAt?: string; newAppointmentAt?: string };
      leg_deadline_at: Date | null; leg_result: string | null; leg_shares: LegShares;
    }>(
      `SELECT e.dossier_id, e.at, e.action, e.details, e.leg_deadline_at, e.leg_result, p.leg_shares
       FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id JOIN procedures p ON p.id = d.procedure_id
       ORDER BY e.dossier_id, e.seq`,
    );
    const problems: string[] = [];
    let dossier = '';
    let receivedAt: Date | null = null;
    let appointmentAt: Date | null = null;
    let running: Date | null = null;
    for (const event of events) {
      if (event.dossier_id !== dossier) [dossier, receivedAt, appointmentAt, running] = [event.dossier_id, null, null, null];
      if (event.action === 'receive' || event.action === 'accept_online') receivedAt = event.at;
      const moved = event.details.newAppointmentAt ?? event.details.appointmentAt;
      if (moved) appointmentAt = new Date(moved);
      const expected = legFieldsOfStep(calendar, event.action, event.at, { receivedAt, appointmentAt }, running, event.leg_shares);
      if ((event.leg_deadline_at?.getTime() ?? null) !== (expected.legDeadlineAt?.getTime() ?? null)) problems.push(`${dossier} ${event.action}: deadline`);
      if (event.leg_result !== expected.legResult) problems.push(`${dossier} ${event.action}: result ${event.leg_result}, expected ${expected.legResult}`);
      if (!nonHandoffActions.has(event.action)) running = expected.legDeadlineAt;
    }
    expect(problems).toEqual([]);
  });

  it('has every step taken by a user of that role, in the deciding department for department work', async () => {
    const db = getDb();
    const wrong = await db.query(
      `SELECT e.dossier_id, e.seq, e.action FROM dossier_events e
       JOIN dossiers d ON d.id = e.dossier_id
       JOIN users u ON u.id = e.actor_user_id
       WHERE u.role <> e.actor_role
          OR (e.actor_role IN ('department_head', 'handler') AND u.unit_id <> d.deciding_unit_id)
          OR (e.action IN ('hand_over', 'assign') AND e.to_unit_id <> d.deciding_unit_id)`,
    );
    expect(wrong).toEqual([]);
  });

  it('keeps every dossier row in step with its last event (and its last assignment)', async () => {
    const db = getDb();
    const mismatches = await db.query<{ code: string }>(
      `SELECT d.code FROM dossiers d
       JOIN LATERAL (SELECT * FROM dossier_events e WHERE e.dossier_id = d.id ORDER BY e.seq DESC LIMIT 1) last ON true
       WHERE d.status <> last.to_status OR d.holder_unit_id <> last.to_unit_id
          OR d.holder_user_id IS DISTINCT FROM last.to_user_id
          OR d.version <> (SELECT count(*) FROM dossier_events e WHERE e.dossier_id = d.id)
          OR d.handler_user_id IS DISTINCT FROM (SELECT e.to_user_id FROM dossier_events e
               WHERE e.dossier_id = d.id AND e.action IN ('assign', 'reassign') ORDER BY e.seq DESC LIMIT 1)`,
    );
    expect(mismatches).toEqual([]);
  });

  it('keeps the fee columns in step with the payments (src/domain/fees.ts) and rates only returned dossiers', async () => {
    const db = getDb();
    const rows = await db.query<{ code: string; fee_amount: number; fee_paid_amount: number; fee_paid_at: Date | null; payments: { amount: number; paidAt: string; method: string }[] }>(
      `SELECT d.code, d.fee_amount, d.fee_paid_amount, d.fee_paid_at,
         coalesce(jsonb_agg(jsonb_build_object('amount', p.amount, 'paidAt', p.paid_at, 'method', p.method) ORDER BY p.paid_at) FILTER (WHERE p.id IS NOT NULL), '[]') AS payments
       FROM dossiers d LEFT JOIN fee_payments p ON p.dossier_id = d.id GROUP BY d.id`,
    );
    const problems: string[] = [];
    for (const row of rows) {
      let fee = { amount: row.fee_amount, paidAmount: 0, paidAt: null as Date | null };
      for (const payment of row.payments) fee = { ...fee, ...feeAfterPayment(fee, { amount: payment.amount, paidAt: new Date(payment.paidAt) }) };
      if (fee.paidAmount !== row.fee_paid_amount || fee.paidAt?.getTime() !== row.fee_paid_at?.getTime()) problems.push(row.code);
      if (row.fee_paid_amount > row.fee_amount) problems.push(`${row.code}: paid more than the fee`);
    }
    expect(problems).toEqual([]);
    const methods = new Set(rows.flatMap((row) => row.payments.map((p) => p.method)));
    expect([...methods].sort()).toEqual(['cash', 'online', 'transfer']);
    // Every payment is recorded by its event, with its receipt number or the portal's transaction.
    const [unrecorded] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM fee_payments p JOIN dossier_events e ON e.id = p.event_id
       WHERE e.action <> 'record_payment' OR e.dossier_id <> p.dossier_id
          OR (e.details->>'receiptNumber') IS DISTINCT FROM p.receipt_number OR (e.details->>'transactionId') IS DISTINCT FROM p.portal_transaction_id
          OR (p.receipt_number IS NULL) = (p.portal_transaction_id IS NULL)`,
    );
    expect(unrecorded!.n).toBe(0);
    const [ratings] = await db.query<{ n: number; wrong: number; low: number; returned: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE d.status <> 'returned')::int AS wrong, count(*) FILTER (WHERE r.level <= 2)::int AS low,
         (SELECT count(*)::int FROM dossiers WHERE status = 'returned') AS returned
       FROM dossier_ratings r JOIN dossiers d ON d.id = r.dossier_id`,
    );
    expect(ratings!.wrong).toBe(0);
    expect(ratings!.n).toBeGreaterThan(ratings!.returned * 0.1);
    expect(ratings!.low).toBeGreaterThan(0);
  });

  it('gives applicants a date of birth and gender that agree with their ID number, and brings some back', async () => {
    const db = getDb();
    const rows = await db.query<{ id_number: string; birth: string; gender: string }>(
      `SELECT applicant_id_number AS id_number, to_char(applicant_birth_date, 'YYYY-MM-DD') AS birth, applicant_gender AS gender FROM dossiers`,
    );
    const wrong = rows.filter(({ id_number: id, birth, gender }) => {
      const centuryGender = Number(id[3]);
      const year = `${centuryGender >= 2 ? 20 : 19}${id.slice(4, 6)}`;
      return birth.slice(0, 4) !== year || (centuryGender % 2 === 1 ? 'female' : 'male') !== gender;
    });
    expect(wrong).toEqual([]);
    const [returning] = await db.query<{ people: number; dossiers: number }>(
      `SELECT count(*)::int AS people, sum(n)::int AS dossiers FROM (
         SELECT count(*) AS n FROM dossiers GROUP BY applicant_id_number HAVING count(*) > 1) twice`,
    );
    // About a fifth of dossiers belong to someone who came before.
    expect(returning!.dossiers).toBeGreaterThan(rows.length * 0.15);
    expect(returning!.people).toBeGreaterThan(rows.length * 0.07);
  });

  it('digitises a realistic share of what was received, by the domain rule, reusing returning applicants’ scans', async () => {
    const db = getDb();
    const [share] = await db.query<{ received: number; digitised: number }>(
      `SELECT count(*)::int AS received, count(*) FILTER (WHERE ${digitisedSql})::int AS digitised FROM dossiers d WHERE d.received_at IS NOT NULL`,
    );
    // Decision 766 aims at 80%; a desk that started scanning recently is on its way.
    expect(share!.digitised / share!.received).toBeGreaterThan(0.45);
    expect(share!.digitised / share!.received).toBeLessThan(0.8);

    // Every reuse is the same applicant's scanned paper of another dossier, stored before this receipt.
    const reused = await db.query<{ code: string; problem: string | null }>(
      `SELECT d.code,
         CASE WHEN s.applicant_id_number IS DISTINCT FROM d.applicant_id_number THEN 'other person'
              WHEN s.id = d.id THEN 'same dossier'
              WHEN NOT dd.received THEN 'not received'
              WHEN (SELECT min(a.uploaded_at) FROM attachments a WHERE a.dossier_document_id = src.id) IS NULL THEN 'source not scanned'
              WHEN (SELECT min(a.uploaded_at) FROM attachments a WHERE a.dossier_document_id = src.id) >= d.received_at THEN 'scanned after this receipt'
         END AS problem
       FROM dossier_documents dd
       JOIN dossiers d ON d.id = dd.dossier_id
       JOIN dossier_documents src ON src.id = dd.reused_from_document_id
       JOIN dossiers s ON s.id = src.dossier_id`,
    );
    expect(reused.length).toBeGreaterThan(5);
    expect(reused.filter((row) => row.problem !== null)).toEqual([]);

    // The kept column, the database's rule and the domain's function agree on every dossier.
    const documents = await db.query<{ dossier_id: string; received: boolean; files: number; reused: string | null }>(
      `SELECT dd.dossier_id, dd.received, (SELECT count(*)::int FROM attachments a WHERE a.dossier_document_id = dd.id) AS files,
         dd.reused_from_document_id AS reused FROM dossier_documents dd`,
    );
    const byDossier = new Map<string, typeof documents>();
    for (const doc of documents) byDossier.set(doc.dossier_id, [...(byDossier.get(doc.dossier_id) ?? []), doc]);
    const dossiers = await db.query<{ id: string; code: string; decided: boolean; results: number; kept: boolean; by_rule: boolean }>(
      `SELECT d.id, d.code, d.decided_at IS NOT NULL AS decided,
         (SELECT count(*)::int FROM attachments a WHERE a.dossier_id = d.id AND a.kind = 'result') AS results,
         ${digitisedSql} AS kept, dossier_is_digitised(d.id, d.decided_at) AS by_rule
       FROM dossiers d`,
    );
    const disagreements = dossiers.filter((d) => {
      const facts = {
        documents: (byDossier.get(d.id) ?? []).map((doc) => ({
          received: doc.received,
          digitisation: documentDigitisation({ fileCount: doc.files, reusedFromDocumentId: doc.reused }),
        })),
        decided: d.decided,
        resultFileCount: d.results,
      };
      const digitised = dossierDigitisation(facts).digitised;
      return digitised !== d.kept || digitised !== d.by_rule;
    });
    expect(disagreements.map((d) => d.code)).toEqual([]);
  });

  it('sets receipt, appointment and closing columns the way the rules compute them', async () => {
    const db = getDb();
    const calendar = await loadWorkingCalendar(db);
    const rows = await db.query<{
      code: string; status: DossierStatus; channel: string; received_at: Date | null; submitted_at: Date | null; appointment_at: Date | null;
      supplement_count: number; apology_count: number; paused_working_ms: number; supplement_clock: string; paused_at: Date | null; finished_at: Date | null; returned_at: Date | null;
      result_kind: string | null; submitted_result: boolean; duration_unit: DurationUnit; duration_amount: number;
      applicant_name: string; submitter_name: string | null; applicant_id_number: string; applicant_phone: string | null; search_text: string;
    }>(
      `SELECT d.*, p.duration_unit, p.duration_amount, p.supplement_clock,
              EXISTS (SELECT 1 FROM dossier_events e WHERE e.dossier_id = d.id AND e.action = 'submit_result') AS submitted_result
       FROM dossiers d JOIN procedures p ON p.id = d.procedure_id`,
    );
    const problems: string[] = [];
    for (const d of rows) {
      const problem = (what: string) => problems.push(`${d.code} (${d.status}): ${what}`);
      const preIntake = ['awaiting_intake', 'intake_completion_requested', 'refused'].includes(d.status);
      if ((d.received_at === null) !== preIntake) problem('received_at');
      if ((d.submitted_at === null) !== (d.channel === 'walk_in')) problem('submitted_at');
      // Pause mode: the legal appointment pushed back by the working time spent waiting for supplements.
      if (d.received_at && d.apology_count === 0 && d.supplement_clock === 'pause' && !['withdrawn', 'stopped', 'not_accepted'].includes(d.status)) {
        const legal = calendar.appointment(d.received_at, { unit: d.duration_unit, amount: d.duration_amount });
        const expected = d.paused_working_ms === 0 ? legal : calendar.addWorkingMs(legal, d.paused_working_ms);
        if (d.appointment_at?.getTime() !== expected.getTime()) problem('appointment_at');
      }
      if ((d.paused_at !== null) !== (d.status === 'supplement_requested')) problem('paused_at');
      if ((d.finished_at !== null) !== ['returned', 'refused', 'withdrawn', 'stopped', 'not_accepted'].includes(d.status)) problem('finished_at');
      if ((d.returned_at !== null) !== (d.status === 'returned')) problem('returned_at');
      // The result is the handler's draft from the moment it is submitted (the chairperson decides on it), as in the API.
      if ((d.result_kind !== null) !== d.submitted_result) problem('result_kind');
      if (['awaiting_approval', 'result_ready', 'returned'].includes(d.status) && d.result_kind === null) problem('result_kind missing');
      if (!/^\d{12}$/.test(d.applicant_id_number)) problem('citizen ID');
      if (d.applicant_phone !== null && !/^0(3|5|7|8|9)[0-9]{8}$/.test(d.applicant_phone)) problem('phone');
      const parts = [d.code, d.applicant_name, d.submitter_name, d.applicant_id_number, d.applicant_phone].filter(Boolean);
      if (d.search_text !== foldText(parts.join(' '))) problem('search_text');
    }
    expect(problems).toEqual([]);
    // Some finish late, some open ones are already past their appointment.
    const [late] = await db.query<{ returned: number; open: number; twice: number; apologies: number }>(
      `SELECT count(*) FILTER (WHERE status = 'returned' AND returned_at > appointment_at)::int AS returned,
              count(*) FILTER (WHERE status IN ('processing', 'awaiting_assignment', 'awaiting_approval') AND appointment_at < $1)::int AS open,
              count(*) FILTER (WHERE supplement_count >= 2)::int AS twice,
              count(*) FILTER (WHERE apology_count > 0 AND original_appointment_at < appointment_at)::int AS apologies
       FROM dossiers`,
      [now],
    );
    expect(late!.returned).toBeGreaterThan(0);
    expect(late!.open).toBeGreaterThan(0);
    expect(late!.twice).toBeGreaterThan(0);
    expect(late!.apologies).toBeGreaterThan(0);
  });

  it('numbers dossiers with unique codes and gap-free daily sequences matching the counters', async () => {
    const db = getDb();
    const [centre] = await db.query<{ id: string; code: string }>("SELECT id, code FROM units WHERE kind = 'centre'");
    const codes = (await db.query<{ code: string }>('SELECT code FROM dossiers')).map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((code) => !dossierCodePattern.test(code) || !code.startsWith(`${centre!.code}-`))).toEqual([]);
    const days = await db.query<{ day: string; n: number; max: number; last_number: number | null }>(
      `SELECT c.day, c.n, c.max, k.last_number
       FROM (SELECT split_part(code, '-', 2) AS day, count(*)::int AS n, max(split_part(code, '-', 3)::int) AS max
             FROM dossiers GROUP BY 1) c
       LEFT JOIN dossier_code_counters k ON k.unit_id = $1 AND to_char(k.day, 'YYMMDD') = c.day`,
      [centre!.id],
    );
    expect(days.filter((day) => day.max !== day.n || day.last_number !== day.max)).toEqual([]);
    const [counters] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM dossier_code_counters');
    expect(counters!.n).toBe(days.length);
  });

  it('leaves a delivered outbox and the procedure checklists', async () => {
    const db = getDb();
    const [outbox] = await db.query<{ n: number; sent: number }>(
      "SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'sent')::int AS sent FROM notifications",
    );
    expect(outbox!.n).toBeGreaterThan(0);
    expect(outbox!.sent).toBe(outbox!.n);
    const [missing] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM dossiers d
       WHERE (SELECT count(*) FROM dossier_documents x WHERE x.dossier_id = d.id)
          <> (SELECT count(*) FROM procedure_documents p WHERE p.procedure_id = d.procedure_id)`,
    );
    expect(missing!.n).toBe(0);
  });

  it('keeps the data triggers derive: search dictionary, overview counts and processing times', async () => {
    const db = getDb();
    const calendar = await loadWorkingCalendar(db);
    const [dictionary] = await db.query<{ missing: number; extra: number }>(
      `SELECT (SELECT count(*) FROM (SELECT DISTINCT w FROM dossiers, unnest(search_words) w WHERE position(' ' IN w) = 0) s
                WHERE NOT EXISTS (SELECT 1 FROM search_dictionary x WHERE x.word = s.w))::int AS missing,
              (SELECT count(*) FROM search_dictionary x
                WHERE NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.search_words @> ARRAY[x.word]))::int AS extra`,
    );
    expect(dictionary).toEqual({ missing: 0, extra: 0 });
    const [statuses] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT status, count(*) AS n FROM dossiers GROUP BY status) c
       FULL JOIN (SELECT status, sum(count) AS n FROM dossier_status_counts GROUP BY status HAVING sum(count) <> 0) k USING (status)
       WHERE c.n IS DISTINCT FROM k.n`,
    );
    expect(statuses!.n).toBe(0);
    // Every day figure in all, kept and counted from the rows (each figure's rule, over the whole table).
    const [days] = await db.query<{ kept: string; counted: string }>(
      `SELECT (SELECT concat_ws('/', sum(received), sum(received_online), sum(digitised), sum(decided), sum(decided_late), sum(timed_working_ms),
                 sum(refused_online), sum(fee_paid), sum(fee_paid_online), sum(rated_1), sum(rated_2), sum(rated_3), sum(rated_4), sum(rated_5))
               FROM dossier_day_counts) AS kept,
              (SELECT concat_ws('/', count(received_at), count(*) FILTER (WHERE received_at IS NOT NULL AND channel = 'online'),
                 count(*) FILTER (WHERE received_at IS NOT NULL AND dossier_is_digitised(id, decided_at)), count(decided_at),
                 count(*) FILTER (WHERE decided_at IS NOT NULL AND (apology_count > 0 OR supplement_count > 1 OR decided_at > appointment_at)),
                 sum(processing_working_ms), count(*) FILTER (WHERE status = 'refused' AND channel = 'online' AND submitted_at IS NOT NULL),
                 count(*) FILTER (WHERE fee_amount > 0 AND fee_paid_at IS NOT NULL),
                 count(*) FILTER (WHERE fee_amount > 0 AND fee_paid_at IS NOT NULL AND EXISTS (SELECT 1 FROM fee_payments p WHERE p.dossier_id = d.id AND p.method = 'online')),
                 ${[1, 2, 3, 4, 5].map((level) => `count(*) FILTER (WHERE decided_at IS NOT NULL AND EXISTS (SELECT 1 FROM dossier_ratings r WHERE r.dossier_id = d.id AND r.level = ${level}))`).join(', ')})
               FROM dossiers d) AS counted`,
    );
    expect(days!.kept).toBe(days!.counted);
    const decided = await db.query<{ code: string; received_at: Date; decided_at: Date; paused_working_ms: number; processing_working_ms: number | null }>(
      'SELECT code, received_at, decided_at, paused_working_ms, processing_working_ms FROM dossiers WHERE decided_at IS NOT NULL',
    );
    expect(decided.length).toBeGreaterThan(0);
    const wrong = decided.filter(
      (d) => d.processing_working_ms !== processingWorkingMs(calendar, { receivedAt: d.received_at, decidedAt: d.decided_at, pausedWorkingMs: d.paused_working_ms }),
    );
    expect(wrong.map((d) => d.code)).toEqual([]);
  });
}
