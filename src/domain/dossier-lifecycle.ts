import type { DossierStatus } from './dossier-status.ts';
import type { Role } from './roles.ts';

/**
 * Every step a dossier can take. Each event in `dossier_events` records one of these
 * (plus `receive` for the walk-in/postal intake and `submit_online` for portal arrivals).
 */
export const DossierAction = {
  submitOnline: 'submit_online',
  receive: 'receive',
  acceptOnline: 'accept_online',
  requestCompletion: 'request_completion',
  completeSubmission: 'complete_submission',
  refuse: 'refuse',
  handOver: 'hand_over',
  assign: 'assign',
  reassign: 'reassign',
  requestSupplement: 'request_supplement',
  receiveSupplement: 'receive_supplement',
  submitResult: 'submit_result',
  approve: 'approve',
  returnToHandler: 'return_to_handler',
  returnResult: 'return_result',
  withdraw: 'withdraw',
  stop: 'stop',
  apologize: 'apologize',
  closeNotAccepted: 'close_not_accepted',
  transferHolder: 'transfer_holder',
  recordPayment: 'record_payment',
  rate: 'rate',
} as const;
export type DossierAction = (typeof DossierAction)[keyof typeof DossierAction];
export const dossierActions = Object.values(DossierAction) as readonly DossierAction[];

export interface Transition {
  from: readonly DossierStatus[];
  /** `null` keeps the current status (an apology changes only the appointment). */
  to: DossierStatus | null;
  roles: readonly Role[];
}

const openAfterIntake: readonly DossierStatus[] = [
  'received',
  'awaiting_assignment',
  'processing',
  'supplement_requested',
  'awaiting_approval',
];

/**
 * The state machine: which action moves a dossier from which states to which, and who may
 * take it. Ownership guards (a handler acts only on what he holds…) are checked by
 * `canAct` in the permissions module, on top of this table.
 */
export const transitions: Record<DossierAction, Transition> = {
  submit_online: { from: [], to: 'awaiting_intake', roles: [] },
  receive: { from: [], to: 'received', roles: ['desk_officer'] },
  accept_online: { from: ['awaiting_intake'], to: 'received', roles: ['desk_officer'] },
  request_completion: { from: ['awaiting_intake'], to: 'intake_completion_requested', roles: ['desk_officer'] },
  complete_submission: { from: ['intake_completion_requested'], to: 'awaiting_intake', roles: [] },
  refuse: { from: ['awaiting_intake', 'intake_completion_requested'], to: 'refused', roles: ['desk_officer'] },
  hand_over: { from: ['received'], to: 'awaiting_assignment', roles: ['desk_officer'] },
  assign: { from: ['awaiting_assignment'], to: 'processing', roles: ['department_head'] },
  reassign: { from: ['processing'], to: 'processing', roles: ['department_head'] },
  request_supplement: { from: ['processing'], to: 'supplement_requested', roles: ['handler'] },
  receive_supplement: { from: ['supplement_requested'], to: 'processing', roles: ['desk_officer'] },
  submit_result: { from: ['processing'], to: 'awaiting_approval', roles: ['handler'] },
  approve: { from: ['awaiting_approval'], to: 'result_ready', roles: ['chairperson'] },
  return_to_handler: { from: ['awaiting_approval'], to: 'processing', roles: ['chairperson'] },
  return_result: { from: ['result_ready'], to: 'returned', roles: ['desk_officer'] },
  withdraw: { from: openAfterIntake, to: 'withdrawn', roles: ['desk_officer'] },
  stop: { from: openAfterIntake, to: 'stopped', roles: ['desk_officer', 'chairperson'] },
  apologize: { from: openAfterIntake, to: null, roles: ['desk_officer', 'chairperson'] },
  close_not_accepted: { from: ['supplement_requested'], to: 'not_accepted', roles: ['desk_officer'] },
  // An officer leaves or moves: the administrator hands what they hold to a colleague (users screen).
  transfer_holder: { from: ['awaiting_intake', 'intake_completion_requested', ...openAfterIntake, 'result_ready'], to: null, roles: ['admin'] },
  // Fees are paid from the online submission until the result is handed over: at the desk
  // (recorded by an officer) or online (reported by the portal, the system acting).
  record_payment: { from: ['awaiting_intake', 'intake_completion_requested', ...openAfterIntake, 'result_ready'], to: null, roles: ['desk_officer'] },
  // Once the result is returned, the applicant rates the service: on the desk's counter
  // tablet (the officer's session) or on the public lookup page (the system acting).
  rate: { from: ['returned'], to: null, roles: ['desk_officer'] },
};

/**
 * Steps the system takes on someone's word rather than a staff member: the portal's
 * deliveries and online payments, and a rating given on the public lookup page.
 */
export const systemActions: ReadonlySet<DossierAction> = new Set<DossierAction>(['submit_online', 'complete_submission', 'record_payment', 'rate']);

export function nextStatus(action: DossierAction, current: DossierStatus): DossierStatus {
  return transitions[action].to ?? current;
}

export function isAllowedFrom(action: DossierAction, status: DossierStatus): boolean {
  return transitions[action].from.includes(status);
}

/**
 * Actions a person takes on a dossier's page (receiving creates one; the portal's are the
 * system's; an administrator transfers a leaving officer's dossiers from the users screen).
 */
export const personActions: readonly DossierAction[] = dossierActions.filter(
  (action) => action !== 'receive' && action !== 'transfer_holder' && transitions[action].roles.length > 0,
);
