import type { WorkingCalendar } from './working-time.ts';

/**
 * Decision 766 lateness (on-time rate): a dossier is finished when its result is decided
 * (approved). It counts as late when it was decided after its appointment (supplement
 * waiting is already added to the appointment in pause mode), when it had more than one
 * supplement request, or when an apology moved its appointment. One definition, the
 * database function of migration 041, serves the list's `decidedLate` filter and the
 * overview's counts (kept per day by the same transactions); over `dossiers` aliased `d`
 * (tests/api/overview.test.ts checks it against hand-worked cases).
 */
export const lateFor766Sql = 'dossier_is_late_for_766(d.apology_count, d.supplement_count, d.decided_at, d.appointment_at)';

/** Statuses in which the clock runs and a dossier can be late or due soon. */
export const timedStatuses = ['received', 'awaiting_assignment', 'processing', 'awaiting_approval'] as const;

/** Whether a dossier's clock runs in this status (it can be late or due soon). */
export const isTimedStatus = (status: string): boolean => (timedStatuses as readonly string[]).includes(status);

/**
 * Decision 766 online payment share: of the dossiers whose fee was paid in full in the
 * period (`fee_paid_at`), those with a payment made online through the portal
 * (`isPaidOnline` in src/domain/fees.ts; the same over `dossiers` aliased `d`).
 */
export const paidOnlineSql = "EXISTS (SELECT 1 FROM fee_payments fp WHERE fp.dossier_id = d.id AND fp.method = 'online')";

export function onlinePaymentShare(counts: { paid: number; paidOnline: number }): number | null {
  return counts.paid > 0 ? counts.paidOnline / counts.paid : null;
}

/**
 * The working time a decided dossier took (the overview's average processing time): from
 * receipt to decision, less the working time spent waiting for supplements. Recorded when
 * the result is approved.
 */
export function processingWorkingMs(calendar: WorkingCalendar, d: { receivedAt: Date; decidedAt: Date; pausedWorkingMs: number }): number {
  return Math.max(calendar.workingMsBetween(d.receivedAt, d.decidedAt) - d.pausedWorkingMs, 0);
}
