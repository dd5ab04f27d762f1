import type { Queryable } from '../db/db.ts';
import { WorkingCalendar, type CalendarDay } from '../../domain/working-time.ts';
import { settingKeys } from '../../domain/schemas/settings.ts';
import { workingTimeSettingsOf } from './settings.ts';

/**
 * Calendars this process has built, by the database's calendar revision (migration 045):
 * a revision names one content of the calendar, so a calendar built under it stays right
 * for every database and transaction that reads the same revision. The newest few are kept.
 */
const built = new Map<string, WorkingCalendar>();
const KEPT_CALENDARS = 8;

/**
 * The working-time calendar from the `settings` and `calendar_days` tables. Usually one
 * small read: the revision, whose calendar this process already built; after a change, the
 * revision, the hours and the days in one statement (one snapshot, so they belong together).
 * `without` leaves one day's row out (what would the day be without its entry?); such a
 * calendar is not kept.
 */
export async function loadWorkingCalendar(db: Queryable, options: { without?: string } = {}): Promise<WorkingCalendar> {
  if (options.without !== undefined) return (await readWorkingCalendar(db, options.without)).calendar;
  const [current] = await db.query<{ revision: string }>('SELECT revision FROM calendar_revision');
  const known = current && built.get(current.revision);
  if (known) return known;
  const { revision, calendar } = await readWorkingCalendar(db);
  if (revision === null) return calendar;
  built.set(revision, calendar);
  for (const old of built.keys()) {
    if (built.size <= KEPT_CALENDARS) break;
    built.delete(old);
  }
  return calendar;
}

async function readWorkingCalendar(db: Queryable, without?: string): Promise<{ revision: string | null; calendar: WorkingCalendar }> {
  const [row] = await db.query<{ revision: string | null; working_time: unknown; days: CalendarDay[] }>(
    `SELECT (SELECT revision FROM calendar_revision) AS revision,
       (SELECT value FROM settings WHERE key = $1) AS working_time,
       coalesce((SELECT json_agg(json_build_object('date', day::text, 'kind', kind, 'name', name) ORDER BY day)
                 FROM calendar_days WHERE $2::date IS NULL OR day <> $2::date), '[]') AS days`,
    [settingKeys.workingTime, without ?? null],
  );
  return { revision: row?.revision ?? null, calendar: new WorkingCalendar(workingTimeSettingsOf(row?.working_time), row?.days ?? []) };
}
