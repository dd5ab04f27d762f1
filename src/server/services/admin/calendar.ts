import type { z } from 'zod';
import type { Db, Queryable } from '../../db/db.ts';
import { closedStatuses } from '../../../domain/dossier-status.ts';
import { message } from '../../../domain/messages.ts';
import type { CurrentUser } from '../../../domain/schemas/auth.ts';
import type { AdminCalendarDay, CalendarDayInput, CalendarDayUpdate, DossierOnHoliday } from '../../../domain/schemas/admin-calendar.ts';
import type { FieldMessages } from '../../http/errors.ts';
import { HttpError, notFound } from '../../http/errors.ts';
import { formatLocalDate } from '../../../domain/vietnam-time.ts';
import { appendAudit } from '../audit.ts';
import { loadWorkingCalendar } from '../calendar-service.ts';
import { requireAdmin, staleRecord } from './access.ts';

// The working calendar: holidays and swapped working days, per year. Appointments already
// given are stored and do not move; receipts and steps from now on use the new calendar.

const closed = [...closedStatuses];

function dayRow(r: { day: string; kind: AdminCalendarDay['kind']; name: string; version: number }): AdminCalendarDay {
  return { date: r.day, kind: r.kind, name: r.name, version: r.version };
}

async function daysBetween(db: Queryable, from: string, to: string): Promise<AdminCalendarDay[]> {
  const rows = await db.query<{ day: string; kind: AdminCalendarDay['kind']; name: string; version: number }>(
    'SELECT day, kind, name, version FROM calendar_days WHERE day BETWEEN $1 AND $2 ORDER BY day',
    [from, to],
  );
  return rows.map(dayRow);
}

/** Open dossiers whose appointment falls on one of these holidays (in Vietnam time). */
export async function dossiersOnHolidays(db: Queryable, dates: readonly string[]): Promise<DossierOnHoliday[]> {
  if (dates.length === 0) return [];
  const rows = await db.query<{ id: string; code: string; day: string; appointment_at: Date; procedure_name: string; applicant_name: string; holder_name: string }>(
    `SELECT d.id, d.code, to_char(d.appointment_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS day, d.appointment_at,
       p.name AS procedure_name, d.applicant_name, coalesce(hu.full_name, un.name) AS holder_name
     FROM dossiers d JOIN procedures p ON p.id = d.procedure_id JOIN units un ON un.id = d.holder_unit_id
     LEFT JOIN users hu ON hu.id = d.holder_user_id
     WHERE d.status <> ALL($1::text[]) AND d.appointment_at IS NOT NULL
       AND (d.appointment_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = ANY($2::date[])
     ORDER BY d.appointment_at, d.code`,
    [closed, dates],
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    date: r.day,
    appointmentAt: r.appointment_at.toISOString(),
    procedureName: r.procedure_name,
    applicantName: r.applicant_name,
    holderName: r.holder_name,
  }));
}

export async function calendarYear(db: Queryable, user: CurrentUser, year: number) {
  requireAdmin(user);
  const days = await daysBetween(db, `${year}-01-01`, `${year}-12-31`);
  const holidays = days.filter((d) => d.kind === 'holiday').map((d) => d.date);
  return { year, days, dossiersOnHolidays: await dossiersOnHolidays(db, holidays) };
}

const dayLabel = (day: Pick<AdminCalendarDay, 'date' | 'name'>) => `${formatLocalDate(day.date)} ${day.name}`;

/**
 * Adds one day or a pasted list, all or none. A date already in the calendar, or a swapped
 * working day on a day that is a working day anyway, is refused with its place in the list.
 * Returns the days added and the open dossiers now due on a holiday.
 */
export async function addCalendarDays(db: Db, user: CurrentUser, days: readonly CalendarDayInput[], now: Date) {
  requireAdmin(user);
  return db.transaction(async (tx) => {
    await tx.query('LOCK TABLE calendar_days IN SHARE ROW EXCLUSIVE MODE');
    const calendar = await loadWorkingCalendar(tx);
    const existing = new Set(
      (await tx.query<{ day: string }>('SELECT day FROM calendar_days WHERE day = ANY($1::date[])', [days.map((d) => d.date)])).map((r) => r.day),
    );
    const fields: FieldMessages = {};
    const seen = new Set<string>();
    days.forEach((day, index) => {
      const shown = formatLocalDate(day.date);
      if (existing.has(day.date) || seen.has(day.date)) fields[`days.${index}.date`] = message('calendar_day_exists', { date: shown });
      else if (day.kind === 'working_day' && calendar.isWorkingDay(day.date)) fields[`days.${index}.date`] = message('calendar_working_day_already', { date: shown });
      seen.add(day.date);
    });
    if (Object.keys(fields).length) throw new HttpError(400, 'validation_failed', message('validation_failed'), fields);
    for (const day of days) {
      await tx.query('INSERT INTO calendar_days (day, kind, name) VALUES ($1, $2, $3)', [day.date, day.kind, day.name]);
      await appendAudit(tx, { at: now, actor: user, action: 'calendar.add', entity: 'calendar_day', entityId: day.date, entityLabel: dayLabel(day), after: { kind: day.kind, name: day.name } });
    }
    const added = await tx.query<{ day: string; kind: AdminCalendarDay['kind']; name: string; version: number }>(
      'SELECT day, kind, name, version FROM calendar_days WHERE day = ANY($1::date[]) ORDER BY day',
      [days.map((d) => d.date)],
    );
    return { days: added.map(dayRow), dossiersOnHolidays: await dossiersOnHolidays(tx, days.filter((d) => d.kind === 'holiday').map((d) => d.date)) };
  });
}

export async function updateCalendarDay(db: Db, user: CurrentUser, date: string, input: z.output<typeof CalendarDayUpdate>, now: Date) {
  requireAdmin(user);
  return db.transaction(async (tx) => {
    const [before] = await tx.query<{ day: string; kind: AdminCalendarDay['kind']; name: string; version: number }>(
      'SELECT day, kind, name, version FROM calendar_days WHERE day = $1 FOR UPDATE',
      [date],
    );
    if (!before) throw notFound(message('calendar_day_not_found'));
    if (before.version !== input.version) throw staleRecord();
    if (input.kind === 'working_day' && before.kind !== 'working_day') {
      // Would the day be a working day without its entry?
      const calendar = await loadWorkingCalendar(tx, { without: date });
      if (calendar.isWorkingDay(date)) throw new HttpError(400, 'validation_failed', message('validation_failed'), { kind: message('calendar_working_day_already', { date: formatLocalDate(date) }) });
    }
    await tx.query('UPDATE calendar_days SET kind = $2, name = $3, version = version + 1 WHERE day = $1', [date, input.kind, input.name]);
    await appendAudit(tx, {
      at: now,
      actor: user,
      action: 'calendar.update',
      entity: 'calendar_day',
      entityId: date,
      entityLabel: dayLabel({ date, name: input.name }),
      before: { kind: before.kind, name: before.name },
      after: { kind: input.kind, name: input.name },
    });
    const [after] = await daysBetween(tx, date, date);
    return { days: [after!], dossiersOnHolidays: input.kind === 'holiday' ? await dossiersOnHolidays(tx, [date]) : [] };
  });
}

export async function deleteCalendarDay(db: Db, user: CurrentUser, date: string, version: number, now: Date): Promise<void> {
  requireAdmin(user);
  await db.transaction(async (tx) => {
    const [before] = await tx.query<{ kind: AdminCalendarDay['kind']; name: string; version: number }>('SELECT kind, name, version FROM calendar_days WHERE day = $1 FOR UPDATE', [date]);
    if (!before) throw notFound(message('calendar_day_not_found'));
    if (before.version !== version) throw staleRecord();
    await tx.query('DELETE FROM calendar_days WHERE day = $1', [date]);
    await appendAudit(tx, { at: now, actor: user, action: 'calendar.delete', entity: 'calendar_day', entityId: date, entityLabel: dayLabel({ date, name: before.name }), before: { kind: before.kind, name: before.name } });
  });
}
