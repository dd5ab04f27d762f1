import type { WorkingCalendar } from './working-time.ts';

/**
 * Decision 766 lateness (on-time rate): a dossier is finished when its result is decided
 * (approved). It counts as late when it was decided after its appointment (supplement
 * waiting is already added to the appointment in pause mode), when it had more than one
 * supplement request, or when an apology moved its appointment. One definition, the
 * database function of migration 013, serves the list's `decidedLate` filter and the
 * overview's counts (kept per day by the same transactions); over `dossiers` aliased `d`
 * (tests/api/overview.test.ts checks it against hand-worked cases).
 */
export const lateFor766Sql = 'dossier_is_late_for_766(d.apology_count, d.supplement_count, d.decided_at, d.appointment_at)';

/** Statuses in which the clock runs and a dossier can be late or due soon. */
export const timedStatuses = ['received', 'awaiting_assignment', 'processing', 'awaiting_approval'] as const;

/**
 * Digitised (Decision 766): scanned documents stored and, once decided, the result file too.
 * Kept on the dossier by database triggers whenever its attachments or its decision change
 * (migration 013, `dossier_is_digitised`).
 */
export const digitisedSql = 'd.digitised';

/**
 * The working time a decided dossier took (the overview's average processing time): from
 * receipt to decision, less the working time spent waiting for supplements. Recorded when
 * the result is approved.
 */
export function processingWorkingMs(calendar: WorkingCalendar, d: { receivedAt: Date; decidedAt: Date; pausedWorkingMs: number }): number {
  return Math.max(calendar.workingMsBetween(d.receivedAt, d.decidedAt) - d.pausedWorkingMs, 0);
}
