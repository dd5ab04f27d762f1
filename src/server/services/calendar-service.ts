import type { Queryable } from '../db/db.ts';
import { WorkingCalendar, type CalendarDay } from '../../domain/working-time.ts';
import { loadWorkingTimeSettings } from './settings.ts';

/** Builds the working-time calendar from the `settings` and `calendar_days` tables. */
export async function loadWorkingCalendar(db: Queryable): Promise<WorkingCalendar> {
  const settings = await loadWorkingTimeSettings(db);
  const days = await db.query<{ day: string; kind: CalendarDay['kind']; name: string }>('SELECT day, kind, name FROM calendar_days ORDER BY day');
  return new WorkingCalendar(
    settings,
    days.map((d) => ({ date: d.day, kind: d.kind, name: d.name })),
  );
}
