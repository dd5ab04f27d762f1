import type { Queryable } from '../db/db.ts';
import type { CurrentUser } from '../../domain/schemas/auth.ts';
import type { Overview } from '../../domain/schemas/reports.ts';
import type { DossierStatus } from '../../domain/dossier-status.ts';
import { lateFor766Sql, timedStatuses } from '../../domain/indicators.ts';
import { digitisedSql } from '../../domain/digitisation.ts';
import { loadWorkingCalendar } from './calendar-service.ts';
import { dayStart } from './dossier-filters.ts';

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * The chairperson's overview: the state of the commune's work now, and the Decision 766
 * figures for a period of Vietnam days [from, to]. "Received" counts the dossiers whose
 * clock started in the period (received at the desk, or an online/postal one accepted);
 * online submissions the desk refused were never received and are counted apart, by their
 * arrival. Every figure is a count the list can reproduce with filters, so the screen can
 * link to exactly those dossiers.
 */
export async function computeOverview(db: Queryable, period: { from: string; to: string }, _user: CurrentUser, now: Date): Promise<Overview> {
  const calendar = await loadWorkingCalendar(db);
  const start = dayStart(period.from);
  const end = new Date(dayStart(period.to).getTime() + 86_400_000);
  const soon = calendar.dueSoonLimit(now);
  const timed = [...timedStatuses];
  const loadColumns = `count(*)::int AS open,
    count(*) FILTER (WHERE d.appointment_at < $2)::int AS late,
    count(*) FILTER (WHERE d.appointment_at >= $2 AND d.appointment_at <= $3)::int AS due_soon`;

  const byStatus = await db.query<{ status: DossierStatus; count: number }>(
    'SELECT status, count(*)::int AS count FROM dossiers GROUP BY status ORDER BY count DESC',
  );
  const byDepartment = await db.query<{ unit_id: string; name: string; open: number; late: number; due_soon: number }>(
    `SELECT u.id AS unit_id, u.name, ${loadColumns}
     FROM units u LEFT JOIN dossiers d ON d.deciding_unit_id = u.id AND d.status = ANY($1::text[])
     WHERE u.kind = 'department' AND u.active GROUP BY u.id, u.name ORDER BY u.name`,
    [timed, now, soon],
  );
  const byHandler = await db.query<{ user_id: string; name: string; unit_name: string; open: number; late: number; due_soon: number }>(
    `SELECT p.id AS user_id, p.full_name AS name, u.name AS unit_name, ${loadColumns}
     FROM users p JOIN units u ON u.id = p.unit_id
     LEFT JOIN dossiers d ON d.handler_user_id = p.id AND d.status = ANY($1::text[])
     WHERE p.role = 'handler' AND p.active GROUP BY p.id, p.full_name, u.name ORDER BY late DESC, p.full_name`,
    [timed, now, soon],
  );
  const [decided] = await db.query<{ decided: number; late: number }>(
    `SELECT count(*)::int AS decided, count(*) FILTER (WHERE ${lateFor766Sql})::int AS late
     FROM dossiers d WHERE d.decided_at >= $1 AND d.decided_at < $2`,
    [start, end],
  );
  const [received] = await db.query<{ received: number; online: number; digitised: number }>(
    `SELECT count(*)::int AS received,
       count(*) FILTER (WHERE d.channel = 'online')::int AS online,
       count(*) FILTER (WHERE ${digitisedSql})::int AS digitised
     FROM dossiers d WHERE d.received_at >= $1 AND d.received_at < $2`,
    [start, end],
  );
  const [refused] = await db.query<{ online: number }>(
    `SELECT count(*)::int AS online FROM dossiers d
     WHERE d.status = 'refused' AND d.channel = 'online' AND d.submitted_at >= $1 AND d.submitted_at < $2`,
    [start, end],
  );
  // Processing time needs the working-time calendar: computed here, not in SQL.
  const finished = await db.query<{ procedure_id: string; code: string; name: string; received_at: Date; decided_at: Date; paused_working_ms: number }>(
    `SELECT d.procedure_id, p.code, p.name, d.received_at, d.decided_at, d.paused_working_ms
     FROM dossiers d JOIN procedures p ON p.id = d.procedure_id
     WHERE d.decided_at >= $1 AND d.decided_at < $2 AND d.received_at IS NOT NULL`,
    [start, end],
  );
  const perProcedure = new Map<string, { code: string; name: string; decided: number; workingMs: number }>();
  for (const row of finished) {
    const entry = perProcedure.get(row.procedure_id) ?? { code: row.code, name: row.name, decided: 0, workingMs: 0 };
    entry.decided += 1;
    entry.workingMs += Math.max(calendar.workingMsBetween(row.received_at, row.decided_at) - row.paused_working_ms, 0);
    perProcedure.set(row.procedure_id, entry);
  }
  const weekly = await weeklyCounts(db, start, end);
  const decidedCount = decided?.decided ?? 0;
  const lateCount = decided?.late ?? 0;
  return {
    period,
    byStatus,
    byDepartment: byDepartment.map((r) => ({ unitId: r.unit_id, name: r.name, open: r.open, dueSoon: r.due_soon, late: r.late })),
    byHandler: byHandler.map((r) => ({ userId: r.user_id, name: r.name, unitName: r.unit_name, open: r.open, dueSoon: r.due_soon, late: r.late })),
    indicators: {
      decided: decidedCount,
      decidedOnTime: decidedCount - lateCount,
      decidedLate: lateCount,
      onTimeRate: ratio(decidedCount - lateCount, decidedCount),
      received: received?.received ?? 0,
      receivedOnline: received?.online ?? 0,
      onlineShare: ratio(received?.online ?? 0, received?.received ?? 0),
      refusedOnline: refused?.online ?? 0,
      digitised: received?.digitised ?? 0,
      digitisationShare: ratio(received?.digitised ?? 0, received?.received ?? 0),
    },
    processingTime: [...perProcedure]
      .map(([procedureId, e]) => ({
        procedureId,
        code: e.code,
        name: e.name,
        decided: e.decided,
        averageWorkingDays: Math.round((e.workingMs / e.decided / calendar.workingDayMs) * 100) / 100,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    weekly,
  };
}

const weekOf = (column: string) => `to_char(date_trunc('week', ${column} AT TIME ZONE 'Asia/Ho_Chi_Minh'), 'YYYY-MM-DD')`;

/** Received and decided per week (Monday to Sunday, Vietnam time), every week of the period listed. */
async function weeklyCounts(db: Queryable, start: Date, end: Date) {
  const received = await db.query<{ week: string; n: number }>(
    `SELECT ${weekOf('d.received_at')} AS week, count(*)::int AS n FROM dossiers d
     WHERE d.received_at >= $1 AND d.received_at < $2 GROUP BY 1`,
    [start, end],
  );
  const decided = await db.query<{ week: string; n: number }>(
    `SELECT ${weekOf('d.decided_at')} AS week, count(*)::int AS n FROM dossiers d
     WHERE d.decided_at >= $1 AND d.decided_at < $2 GROUP BY 1`,
    [start, end],
  );
  const weeks: { weekStart: string; received: number; decided: number }[] = [];
  // Monday of the first local day, then every 7 days until the period ends.
  const firstDay = new Date(start.getTime() + 7 * 3_600_000);
  const monday = new Date(Date.UTC(firstDay.getUTCFullYear(), firstDay.getUTCMonth(), firstDay.getUTCDate() - ((firstDay.getUTCDay() + 6) % 7)));
  for (let week = monday; week.getTime() - 7 * 3_600_000 < end.getTime(); week = new Date(week.getTime() + 7 * 86_400_000)) {
    const key = week.toISOString().slice(0, 10);
    weeks.push({
      weekStart: key,
      received: received.find((r) => r.week === key)?.n ?? 0,
      decided: decided.find((r) => r.week === key)?.n ?? 0,
    });
  }
  return weeks;
}
