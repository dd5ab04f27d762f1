/**
 * Decision 766 rules (DOMAIN.md "Indicators", "Early / on time / late"). A dossier is
 * finished when its result is decided (approved). It counts as late when it was decided
 * after its appointment (supplement waiting is already added to the appointment), when it
 * had more than one supplement request, or when an apology moved its appointment.
 */
export interface FinishFacts {
  decidedAt: Date;
  appointmentAt: Date;
  supplementCount: number;
  apologyCount: number;
}

export function isLateFor766(facts: FinishFacts): boolean {
  return facts.apologyCount > 0 || facts.supplementCount > 1 || facts.decidedAt.getTime() > facts.appointmentAt.getTime();
}

/** The same rule in SQL over the `dossiers` table aliased `d`; keep the two in step. */
export const lateFor766Sql = '(d.apology_count > 0 OR d.supplement_count > 1 OR d.decided_at > d.appointment_at)';

/** Statuses in which the clock runs and a dossier can be late or due soon. */
export const timedStatuses = ['received', 'awaiting_assignment', 'processing', 'awaiting_approval'] as const;

/** Digitised (Decision 766): scanned documents stored and, once decided, the result file too. */
export const digitisedSql = `(EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_id = d.id AND a.kind = 'document')
  AND (d.decided_at IS NULL OR EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_id = d.id AND a.kind = 'result')))`;
