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
