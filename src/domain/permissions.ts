import { transitions, type DossierAction } from './dossier-lifecycle.ts';
import { isOpen, type DossierStatus } from './dossier-status.ts';
import type { Role } from './roles.ts';
import { message, type Message } from './messages.ts';
import { paymentProblem } from './fees.ts';

export interface Actor {
  id: string;
  role: Role;
  unitId: string;
}

export interface DossierHolding {
  status: DossierStatus;
  holderUnitId: string;
  holderUserId: string | null;
  appointmentAt: Date | null;
  supplementDeadlineAt: Date | null;
  /** The dossier's fee (set at receipt) and what has been paid of it. */
  feeAmount: number;
  feePaidAmount: number;
  /** The applicant has rated the service (once per dossier). */
  rated: boolean;
}

/**
 * Steps the desk takes on any open dossier, wherever it is being processed: an applicant
 * asks to withdraw, or comes to pay the fee, at the desk.
 */
const deskStepsAnywhere: ReadonlySet<DossierAction> = new Set<DossierAction>(['withdraw', 'record_payment']);

export type ActionCheck = { ok: true } | { ok: false; kind: 'status' | 'role' | 'holder'; message: Message };

/**
 * May this person take this action on this dossier now? The state machine says which
 * statuses and roles; on top of that a desk officer acts only on dossiers at his desk, a
 * department head only within his department, a handler only on what he holds.
 * The API enforces this; the UI uses it to show only the actions a person may take.
 */
export function checkAction(action: DossierAction, dossier: DossierHolding, actor: Actor, now: Date): ActionCheck {
  const transition = transitions[action];
  if (!transition.from.includes(dossier.status)) {
    return { ok: false, kind: 'status', message: message('action_not_allowed_now') };
  }
  const timing = timingProblem(action, dossier, now);
  if (timing) return { ok: false, kind: 'status', message: timing };
  if (!transition.roles.includes(actor.role)) {
    return { ok: false, kind: 'role', message: message('action_not_for_role') };
  }
  switch (actor.role) {
    case 'desk_officer':
      if (!deskStepsAnywhere.has(action) && dossier.holderUnitId !== actor.unitId) {
        return { ok: false, kind: 'holder', message: message('dossier_not_at_desk') };
      }
      break;
    case 'department_head':
      if (dossier.holderUnitId !== actor.unitId) {
        return { ok: false, kind: 'holder', message: message('dossier_not_in_department') };
      }
      break;
    case 'handler':
      if (dossier.holderUserId !== actor.id) {
        return { ok: false, kind: 'holder', message: message('dossier_not_held_by_you') };
      }
      break;
    default:
      break;
  }
  return { ok: true };
}

/** Guards that depend on the clock, the fee or the rating rather than the status (docs/domain.md). */
function timingProblem(action: DossierAction, dossier: DossierHolding, now: Date): Message | undefined {
  if (action === 'record_payment') {
    const problem = paymentProblem(dossier.feeAmount, dossier.feePaidAmount, 0);
    if (problem === 'no_fee') return message('fee_none');
    if (problem === 'already_paid') return message('fee_already_paid');
  }
  if (action === 'rate' && dossier.rated) return message('rating_already_given');
  if (action === 'apologize') {
    if (!dossier.appointmentAt) return message('no_appointment');
    if (now.getTime() > dossier.appointmentAt.getTime()) {
      return message('apology_after_appointment');
    }
  }
  if (action === 'close_not_accepted' && (!dossier.supplementDeadlineAt || now.getTime() <= dossier.supplementDeadlineAt.getTime())) {
    return message('supplement_deadline_not_passed');
  }
  return undefined;
}

export function availableActions(actions: readonly DossierAction[], dossier: DossierHolding, actor: Actor, now: Date): DossierAction[] {
  return actions.filter((action) => checkAction(action, dossier, actor, now).ok);
}

/**
 * May this person add files to the dossier (scans of its papers, the result), or mark one of
 * its papers as reusing an earlier scan? The desk at any time while it is open (it scans at
 * receipt or later); otherwise only whoever holds it. The API enforces it; the dossier page
 * offers the tools only when it holds.
 */
export function mayDigitise(dossier: { status: DossierStatus; holderUserId: string | null }, actor: { id: string; role: Role; unitKind: string }): boolean {
  if (!isOpen(dossier.status)) return false;
  return (actor.role === 'desk_officer' && actor.unitKind === 'centre') || dossier.holderUserId === actor.id;
}
