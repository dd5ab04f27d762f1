import type { WorkingCalendar } from './working-time.ts';

/** Why a new appointment proposed with an apology (form 04) cannot be accepted. */
export type NewAppointmentProblem = 'not_after_current' | 'outside_working_time';

/**
 * An apology sets a new appointment: it must come after the current one and, like every
 * appointment, fall in office hours of a day with working time (an applicant cannot
 * collect a result at 20:00 or on a Sunday).
 */
export function newAppointmentProblem(calendar: WorkingCalendar, current: Date, proposed: Date): NewAppointmentProblem | null {
  if (proposed.getTime() <= current.getTime()) return 'not_after_current';
  if (!calendar.isWorkingInstant(proposed)) return 'outside_working_time';
  return null;
}
