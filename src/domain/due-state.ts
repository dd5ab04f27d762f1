import type { DossierStatus } from './dossier-status.ts';
import { isTimedStatus } from './indicators.ts';
import type { DueState, WorkingCalendar } from './working-time.ts';

/**
 * The due state a dossier shows in lists and on its page: `paused` while it waits for the
 * applicant's supplement, late or due soon while its clock runs (the timed statuses),
 * otherwise normal (not yet received, result ready, finished).
 */
export function dossierDueState(
  calendar: WorkingCalendar,
  dossier: { status: DossierStatus; appointmentAt: Date | null; pausedAt: Date | null },
  now: Date,
): DueState {
  if (dossier.status === 'supplement_requested' && dossier.pausedAt) return 'paused';
  const running = isTimedStatus(dossier.status);
  return running && dossier.appointmentAt ? calendar.dueState(now, dossier.appointmentAt) : 'normal';
}
