import type { Queryable } from '../db/db.ts';
import type { CurrentUser } from '../../domain/schemas/auth.ts';
import type { Overview } from '../../domain/schemas/reports.ts';
import type { DossierStatus } from '../../domain/dossier-status.ts';
import { lateFor766Sql, onlinePaymentShare, paidOnlineSql, timedStatuses } from '../../domain/indicators.ts';
import { digitisedSql } from '../../domain/digitisation.ts';
import { averageRating, dissatisfiedRatingSql, ratingLevels, satisfactionIndex } from '../../domain/satisfaction.ts';
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
  const satisfaction = await satisfactionFigures(db, start, end, { decided: decided?.decided ?? 0, late: decided?.late ?? 0 });
  const [payments] = await db.query<{ paid: number; online: number }>(
    `SELECT count(*)::int AS paid, count(*) FILTER (WHERE ${paidOnlineSql})::int AS online
     FROM dossiers d WHERE d.fee_amount > 0 AND d.fee_paid_at >= $1 AND d.fee_paid_at < $2`,
    [start, end],
  );
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
    satisfaction,
    onlinePayment: { paid: payments?.paid ?? 0, paidOnline: payments?.online ?? 0, share: onlinePaymentShare({ paid: payments?.paid ?? 0, paidOnline: payments?.online ?? 0 }) },
  };
}

/**
 * Satisfaction over the dossiers decided in the period (the on-time rate's dossiers): their
 * ratings, the Decision 766 figure, per officer and the newest comments. Every count is one
 * the list reproduces with `decidedFrom`/`decidedTo` and `rating` (and `returnedById` or
 * `handlerId` per officer).
 */
async function satisfactionFigures(db: Queryable, start: Date, end: Date, decided: { decided: number; late: number }): Promise<Overview['satisfaction']> {
  const rated = `FROM dossiers d JOIN dossier_ratings r ON r.dossier_id = d.id WHERE d.decided_at >= $1 AND d.decided_at < $2`;
  const levels = await db.query<{ level: number; count: number }>(`SELECT r.level, count(*)::int AS count ${rated} GROUP BY r.level`, [start, end]);
  const [dissatisfied] = await db.query<{ n: number }>(`SELECT count(*)::int AS n ${rated} AND ${dissatisfiedRatingSql}`, [start, end]);
  const officerColumns = `u.id AS user_id, u.full_name AS name, count(*)::int AS rated, avg(r.level)::float8 AS average,
    count(*) FILTER (WHERE ${dissatisfiedRatingSql})::int AS dissatisfied`;
  const deskOfficers = await db.query<{ user_id: string; name: string; rated: number; average: number; dissatisfied: number }>(
    `SELECT ${officerColumns} ${rated.replace('WHERE', `JOIN dossier_events e ON e.dossier_id = d.id AND e.action = 'return_result' JOIN users u ON u.id = e.actor_user_id WHERE`)}
     GROUP BY u.id, u.full_name ORDER BY u.full_name`,
    [start, end],
  );
  const handlers = await db.query<{ user_id: string; name: string; rated: number; average: number; dissatisfied: number }>(
    `SELECT ${officerColumns} ${rated.replace('WHERE', 'JOIN users u ON u.id = d.handler_user_id WHERE')}
     GROUP BY u.id, u.full_name ORDER BY u.full_name`,
    [start, end],
  );
  const comments = await db.query<{ dossier_id: string; code: string; level: number; comment: string; rated_at: Date }>(
    `SELECT d.id AS dossier_id, d.code, r.level, r.comment, r.rated_at ${rated} AND r.comment <> '' ORDER BY r.rated_at DESC, d.code LIMIT 20`,
    [start, end],
  );
  const counts = ratingLevels.map((level) => ({ level, count: levels.find((row) => row.level === level)?.count ?? 0 }));
  const ratedCount = counts.reduce((sum, row) => sum + row.count, 0);
  const dissatisfiedCount = dissatisfied?.n ?? 0;
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    decided: decided.decided,
    late: decided.late,
    rated: ratedCount,
    dissatisfied: dissatisfiedCount,
    index: satisfactionIndex({ decided: decided.decided, late: decided.late, dissatisfied: dissatisfiedCount }),
    average: averageRating(counts.flatMap((row) => Array<number>(row.count).fill(row.level))),
    levels: counts,
    byOfficer: [
      ...deskOfficers.map((row) => ({ userId: row.user_id, name: row.name, role: 'desk_officer' as const, rated: row.rated, average: round(row.average), dissatisfied: row.dissatisfied })),
      ...handlers.map((row) => ({ userId: row.user_id, name: row.name, role: 'handler' as const, rated: row.rated, average: round(row.average), dissatisfied: row.dissatisfied })),
    ],
    comments: comments.map((row) => ({ dossierId: row.dossier_id, code: row.code, level: row.level, comment: row.comment, ratedAt: row.rated_at.toISOString() })),
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
