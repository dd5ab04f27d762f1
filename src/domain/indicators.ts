/**
 * Decision 766 lateness (on-time rate): a dossier is finished when its result is decided
 * (approved). It counts as late when it was decided after its appointment (supplement
 * waiting is already added to the appointment in pause mode), when it had more than one
 * supplement request, or when an apology moved its appointment. The overview's count and
 * the list's `decidedLate` filter both use this one definition, over `dossiers` aliased `d`
 * (tests/api/overview.test.ts checks it against hand-worked cases).
 */
export const lateFor766Sql = '(d.apology_count > 0 OR d.supplement_count > 1 OR d.decided_at > d.appointment_at)';

/** Statuses in which the clock runs and a dossier can be late or due soon. */
export const timedStatuses = ['received', 'awaiting_assignment', 'processing', 'awaiting_approval'] as const;

/**
 * Decision 766 online payment share: of the dossiers whose fee was paid in full in the
 * period (`fee_paid_at`), those with a payment made online through the portal
 * (`isPaidOnline` in src/domain/fees.ts; the same over `dossiers` aliased `d`).
 */
export const paidOnlineSql = "EXISTS (SELECT 1 FROM fee_payments fp WHERE fp.dossier_id = d.id AND fp.method = 'online')";

export function onlinePaymentShare(counts: { paid: number; paidOnline: number }): number | null {
  return counts.paid > 0 ? counts.paidOnline / counts.paid : null;
}
