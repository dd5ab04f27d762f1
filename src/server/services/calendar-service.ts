import type { Queryable } from '../db/db.ts';
import { WorkingCalendar, defaultWorkingTimeSettings, type CalendarDay, type WorkingTimeSettings } from '../../domain/working-time.ts';

/** Builds the working-time calendar from the `settings` and `calendar_days` tables. */
export async function loadWorkingCalendar(db: Queryable): Promise<WorkingCalendar> {
  const [setting] = await db.query<{ value: Partial<WorkingTimeSettings> }>("SELECT value FROM settings WHERE key = 'working_time'");
  const days = await db.query<{ day: string; kind: CalendarDay['kind']; name: string }>('SELECT day, kind, name FROM calendar_days ORDER BY day');
  return new WorkingCalendar(
    { ...defaultWorkingTimeSettings, ...setting?.value },
    days.map((d) => ({ date: d.day, kind: d.kind, name: d.name })),
  );
}
