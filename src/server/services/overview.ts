import type { Queryable } from '../db/db.ts';
import type { CurrentUser } from '../../domain/schemas/auth.ts';
import type { Overview } from '../../domain/schemas/reports.ts';
import type { DossierStatus } from '../../domain/dossier-status.ts';
import { onlinePaymentShare, timedStatuses } from '../../domain/indicators.ts';
import { averageRating, isDissatisfied, ratingLevels, satisfactionIndex, type RatingLevel } from '../../domain/satisfaction.ts';
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

  // Dossiers per status and the period's figures come from the counts the same transactions
  // keep (migration 041); the open load is live, read from index-only scans.
  const byStatus = await db.query<{ status: DossierStatus; count: number }>(
    `SELECT status, sum(count)::int AS count FROM dossier_status_counts GROUP BY status HAVING sum(count) <> 0 ORDER BY count DESC, status`,
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
  const days = { from: period.from, to: period.to };
  const [totals] = await db.query<
    { received: number; online: number; digitised: number; decided: number; late: number; refused_online: number; fee_paid: number; fee_paid_online: number } & Record<`rated_${number}`, number>
  >(
    `SELECT coalesce(sum(received), 0)::int AS received, coalesce(sum(received_online), 0)::int AS online,
       coalesce(sum(digitised), 0)::int AS digitised, coalesce(sum(decided), 0)::int AS decided,
       coalesce(sum(decided_late), 0)::int AS late, coalesce(sum(refused_online), 0)::int AS refused_online,
       coalesce(sum(fee_paid), 0)::int AS fee_paid, coalesce(sum(fee_paid_online), 0)::int AS fee_paid_online,
       ${ratingLevels.map((level) => `coalesce(sum(rated_${level}), 0)::int AS rated_${level}`).join(', ')}
     FROM dossier_day_counts WHERE day BETWEEN $1::date AND $2::date`,
    [days.from, days.to],
  );
  const timedByProcedure = await db.query<{ procedure_id: string; code: string; name: string; decided: number; working_ms: number }>(
    `SELECT c.procedure_id, p.code, p.name, sum(c.timed)::int AS decided, sum(c.timed_working_ms)::bigint AS working_ms
     FROM dossier_day_counts c JOIN procedures p ON p.id = c.procedure_id
     WHERE c.day BETWEEN $1::date AND $2::date GROUP BY c.procedure_id, p.code, p.name HAVING sum(c.timed) > 0`,
    [days.from, days.to],
  );
  const weekly = await weeklyCounts(db, days, start, end);
  const { received = 0, online = 0, digitised = 0, decided = 0, late = 0, refused_online: refusedOnline = 0 } = totals ?? {};
  const ratings = ratingLevels.map((level) => ({ level, count: totals?.[`rated_${level}`] ?? 0 }));
  const satisfaction = await satisfactionFigures(db, days, start, end, { decided, late }, ratings);
  const paid = totals?.fee_paid ?? 0;
  const paidOnline = totals?.fee_paid_online ?? 0;
  return {
    period,
    byStatus,
    byDepartment: byDepartment.map((r) => ({ unitId: r.unit_id, name: r.name, open: r.open, dueSoon: r.due_soon, late: r.late })),
    byHandler: byHandler.map((r) => ({ userId: r.user_id, name: r.name, unitName: r.unit_name, open: r.open, dueSoon: r.due_soon, late: r.late })),
    indicators: {
      decided,
      decidedOnTime: decided - late,
      decidedLate: late,
      onTimeRate: ratio(decided - late, decided),
      received,
      receivedOnline: online,
      onlineShare: ratio(online, received),
      refusedOnline,
      digitised,
      digitisationShare: ratio(digitised, received),
    },
    processingTime: timedByProcedure
      .map((e) => ({
        procedureId: e.procedure_id,
        code: e.code,
        name: e.name,
        decided: e.decided,
        averageWorkingDays: Math.round((e.working_ms / e.decided / calendar.workingDayMs) * 100) / 100,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    weekly,
    satisfaction,
    onlinePayment: { paid, paidOnline, share: onlinePaymentShare({ paid, paidOnline }) },
  };
}

/**
 * Satisfaction over the dossiers decided in the period (the on-time rate's dossiers): their
 * ratings, the Decision 766 figure, per officer and the newest comments. Every count is one
 * the list reproduces with `decidedFrom`/`decidedTo` and `rating` (and `returnedById` or
 * `handlerId` per officer). The ratings per level come from the day counts, per officer
 * from the counts kept per decision day and officer; the comments are read from the rated
 * dossiers themselves.
 */
async function satisfactionFigures(
  db: Queryable,
  days: { from: string; to: string },
  start: Date,
  end: Date,
  decided: { decided: number; late: number },
  counts: { level: RatingLevel; count: number }[],
): Promise<Overview['satisfaction']> {
  const ratedCount = counts.reduce((sum, row) => sum + row.count, 0);
  const dissatisfiedCount = counts.reduce((sum, row) => sum + (isDissatisfied(row.level) ? row.count : 0), 0);
  // Nothing rated in the period (the day counts say so): nothing to read per officer.
  const ifRated = async <Row>(read: () => Promise<Row[]>): Promise<Row[]> => (ratedCount > 0 ? read() : []);
  // Per officer: the counts kept per decision day, officer and level (migration 044).
  const officers = await ifRated(() => db.query<{ user_id: string; name: string; role: 'desk_officer' | 'handler' } & Record<`rated_${number}`, number>>(
    `SELECT c.user_id, u.full_name AS name, c.role, ${ratingLevels.map((level) => `sum(c.rated_${level})::int AS rated_${level}`).join(', ')}
     FROM dossier_officer_rating_counts c JOIN users u ON u.id = c.user_id
     WHERE c.day BETWEEN $1::date AND $2::date GROUP BY c.user_id, u.full_name, c.role`,
    [days.from, days.to],
  ));
  const comments = await ifRated(() => db.query<{ dossier_id: string; code: string; level: number; comment: string; rated_at: Date }>(
    `SELECT d.id AS dossier_id, d.code, r.level, r.comment, r.rated_at
     FROM dossiers d JOIN dossier_ratings r ON r.dossier_id = d.id WHERE d.decided_at >= $1 AND d.decided_at < $2
     AND r.comment <> '' ORDER BY r.rated_at DESC, d.code LIMIT 20`,
    [start, end],
  ));
  const byOfficer = officers
    .map((row) => {
      const levels = ratingLevels.flatMap((level) => Array<number>(row[`rated_${level}`] ?? 0).fill(level));
      return { userId: row.user_id, name: row.name, role: row.role, levels };
    })
    .filter((officer) => officer.levels.length > 0)
    .sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name, 'vi') : a.role === 'desk_officer' ? -1 : 1));
  return {
    decided: decided.decided,
    late: decided.late,
    rated: ratedCount,
    dissatisfied: dissatisfiedCount,
    index: satisfactionIndex({ decided: decided.decided, late: decided.late, dissatisfied: dissatisfiedCount }),
    average: averageRating(counts.flatMap((row) => Array<number>(row.count).fill(row.level))),
    levels: counts,
    byOfficer: byOfficer.map(({ userId, name, role, levels }) => ({
      userId,
      name,
      role,
      rated: levels.length,
      average: averageRating(levels) ?? 0,
      dissatisfied: levels.filter(isDissatisfied).length,
    })),
    comments: comments.map((row) => ({ dossierId: row.dossier_id, code: row.code, level: row.level, comment: row.comment, ratedAt: row.rated_at.toISOString() })),
  };
}

/** Received and decided per week (Monday to Sunday, Vietnam time), every week of the period listed. */
async function weeklyCounts(db: Queryable, days: { from: string; to: string }, start: Date, end: Date) {
  const counts = await db.query<{ week: string; received: number; decided: number }>(
    `SELECT to_char(date_trunc('week', day::timestamp), 'YYYY-MM-DD') AS week, sum(received)::int AS received, sum(decided)::int AS decided
     FROM dossier_day_counts WHERE day BETWEEN $1::date AND $2::date GROUP BY 1`,
    [days.from, days.to],
  );
  const weeks: { weekStart: string; received: number; decided: number }[] = [];
  // Monday of the first local day, then every 7 days until the period ends.
  const firstDay = new Date(start.getTime() + 7 * 3_600_000);
  const monday = new Date(Date.UTC(firstDay.getUTCFullYear(), firstDay.getUTCMonth(), firstDay.getUTCDate() - ((firstDay.getUTCDay() + 6) % 7)));
  for (let week = monday; week.getTime() - 7 * 3_600_000 < end.getTime(); week = new Date(week.getTime() + 7 * 86_400_000)) {
    const key = week.toISOString().slice(0, 10);
    weeks.push({
      weekStart: key,
      received: counts.find((r) => r.week === key)?.received ?? 0,
      decided: counts.find((r) => r.week === key)?.decided ?? 0,
    });
  }
  return weeks;
}
