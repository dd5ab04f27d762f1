import type { DossierStatus } from './dossier-status.ts';
import { timedStatuses } from './indicators.ts';
import type { Role } from './roles.ts';

/**
 * Work queues: what each role starts the day from. The API turns a
 * queue into filters relative to the person asking; the navigation shows live counts.
 */
export const queueKeys = [
  'online_intake',
  'to_hand_over',
  'awaiting_supplement',
  'to_return',
  'withdrawn_stopped',
  'not_digitised',
  'awaiting_assignment',
  'in_department',
  'mine',
  'awaiting_approval',
  'due_soon',
  'late',
  'all',
] as const;
export type QueueKey = (typeof queueKeys)[number];

const everyone: QueueKey[] = ['due_soon', 'late', 'all'];

export const queuesByRole: Record<Role, readonly QueueKey[]> = {
  desk_officer: ['online_intake', 'to_hand_over', 'awaiting_supplement', 'to_return', 'withdrawn_stopped', 'not_digitised', ...everyone],
  department_head: ['awaiting_assignment', 'in_department', ...everyone],
  handler: ['mine', ...everyone],
  chairperson: ['awaiting_approval', ...everyone],
  admin: everyone,
};

/**
 * What each queue means: which statuses, and whose dossiers relative to the person asking
 * (`holderUnit`: held by the person's unit; `decidingUnit`: decided by it; `holder`: held by
 * the person), which due state, or not yet digitised (`src/domain/digitisation.ts`). The
 * API turns this into SQL; the app reads it to know which status a queue's rows are in
 * (and so which tools they get).
 */
export interface QueueDefinition {
  statuses?: readonly DossierStatus[];
  scope?: 'holderUnit' | 'decidingUnit' | 'holder';
  due?: 'late' | 'due_soon';
  /** Only the dossiers that are not (yet) digitised. */
  notDigitised?: true;
}

/**
 * Received and still open: the dossiers whose papers and result the desk can still scan
 * (files are added to open dossiers only). Online submissions awaiting intake were never received.
 */
export const digitisableStatuses = ['received', 'awaiting_assignment', 'processing', 'supplement_requested', 'awaiting_approval', 'result_ready'] as const satisfies readonly DossierStatus[];

export const queueDefinitions: Record<QueueKey, QueueDefinition> = {
  online_intake: { statuses: ['awaiting_intake'] },
  to_hand_over: { statuses: ['received'] },
  awaiting_supplement: { statuses: ['supplement_requested', 'intake_completion_requested'] },
  to_return: { statuses: ['result_ready'] },
  withdrawn_stopped: { statuses: ['withdrawn', 'stopped'] },
  // "Chưa số hóa": the desk scans what is missing (Decision 766 digitisation).
  not_digitised: { statuses: digitisableStatuses, notDigitised: true },
  awaiting_assignment: { statuses: ['awaiting_assignment'], scope: 'holderUnit' },
  in_department: { statuses: ['awaiting_assignment', 'processing', 'supplement_requested', 'awaiting_approval'], scope: 'decidingUnit' },
  mine: { scope: 'holder' },
  awaiting_approval: { statuses: ['awaiting_approval'] },
  // Due soon and late are about running clocks: the timed statuses.
  due_soon: { statuses: timedStatuses, due: 'due_soon' },
  late: { statuses: timedStatuses, due: 'late' },
  all: {},
};

/** How a list is ordered: a sort key the API knows and a direction. */
export interface ListOrder {
  sort: 'received_at' | 'appointment_at';
  order: 'asc' | 'desc';
}

/**
 * The order a list opens in. A work queue opens in the order the work should be done: by
 * appointment, oldest first, so late dossiers come first and then the nearest due (what has
 * no appointment yet, such as online submissions awaiting intake, by arrival, oldest first).
 * The whole list, and the tray of withdrawn and stopped dossiers, open newest first.
 */
export function defaultListOrder(queue: QueueKey | undefined): ListOrder {
  if (!queue || queue === 'all' || queue === 'withdrawn_stopped') return { sort: 'received_at', order: 'desc' };
  return { sort: 'appointment_at', order: 'asc' };
}

/** The one status every row of this queue is in, when there is one. */
export function singleStatusOf(queue: QueueKey): DossierStatus | undefined {
  const statuses = queueDefinitions[queue].statuses;
  return statuses?.length === 1 ? statuses[0] : undefined;
}
