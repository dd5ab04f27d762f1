/**
 * The product's dossier states. Each maps to exactly one status code exchanged with the
 * national portal (DVCQG, codes 1–10, docs/domain.md "Lifecycle").
 */
export const DossierStatus = {
  awaitingIntake: 'awaiting_intake',
  intakeCompletionRequested: 'intake_completion_requested',
  refused: 'refused',
  received: 'received',
  awaitingAssignment: 'awaiting_assignment',
  processing: 'processing',
  supplementRequested: 'supplement_requested',
  awaitingApproval: 'awaiting_approval',
  resultReady: 'result_ready',
  returned: 'returned',
  withdrawn: 'withdrawn',
  stopped: 'stopped',
  notAccepted: 'not_accepted',
} as const;
export type DossierStatus = (typeof DossierStatus)[keyof typeof DossierStatus];
export const dossierStatuses = Object.values(DossierStatus) as readonly DossierStatus[];

export const nationalStatusCode: Record<DossierStatus, number> = {
  awaiting_intake: 1,
  intake_completion_requested: 5,
  refused: 3,
  received: 2,
  awaiting_assignment: 4,
  processing: 4,
  supplement_requested: 5,
  awaiting_approval: 4,
  result_ready: 9,
  returned: 10,
  withdrawn: 7,
  stopped: 8,
  not_accepted: 3,
};

/** States in which the dossier is finished: nothing more happens to it. */
export const closedStatuses: ReadonlySet<DossierStatus> = new Set<DossierStatus>([
  'refused',
  'returned',
  'withdrawn',
  'stopped',
  'not_accepted',
]);

/** States before the clock starts (online/postal dossiers not yet accepted). */
export const preIntakeStatuses: ReadonlySet<DossierStatus> = new Set<DossierStatus>([
  'awaiting_intake',
  'intake_completion_requested',
]);

export function isOpen(status: DossierStatus): boolean {
  return !closedStatuses.has(status);
}

/** Colour family used by status badges: the same status always looks the same. */
export const statusTone: Record<DossierStatus, 'gray' | 'blue' | 'cyan' | 'orange' | 'violet' | 'teal' | 'green' | 'red'> = {
  awaiting_intake: 'cyan',
  intake_completion_requested: 'orange',
  refused: 'red',
  received: 'blue',
  awaiting_assignment: 'blue',
  processing: 'blue',
  supplement_requested: 'orange',
  awaiting_approval: 'violet',
  result_ready: 'teal',
  returned: 'green',
  withdrawn: 'gray',
  stopped: 'gray',
  not_accepted: 'red',
};
