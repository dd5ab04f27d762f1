import type { Queryable } from '../db/db.ts';
import { WorkingCalendar, type CalendarDay } from '../../domain/working-time.ts';
import { loadWorkingTimeSettings } from './settings.ts';

/**
 * Builds the working-time calendar from the `settings` and `calendar_days` tables;
 * `without` leaves one day's row out (what would the day be without its entry?).
 */
export async function loadWorkingCalendar(db: Queryable, options: { without?: string } = {}): Promise<WorkingCalendar> {
  const settings = await loadWorkingTimeSettings(db);
  const days = await db.query<{ day: string; kind: CalendarDay['kind']; name: string }>(
    'SELECT day, kind, name FROM calendar_days WHERE $1::date IS NULL OR day <> $1::date ORDER BY day',
    [options.without ?? null],
  );
  return new WorkingCalendar(
    settings,
    days.map((d) => ({ date: d.day, kind: d.kind, name: d.name })),
  );
}
