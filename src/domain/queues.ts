import type { Role } from './roles.ts';

/**
 * Work queues: what each role starts the day from (issue "Work queues"). The API turns a
 * queue into filters relative to the person asking; the navigation shows live counts.
 */
export const queueKeys = [
  'online_intake',
  'to_hand_over',
  'awaiting_supplement',
  'to_return',
  'withdrawn_stopped',
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
  desk_officer: ['online_intake', 'to_hand_over', 'awaiting_supplement', 'to_return', 'withdrawn_stopped', ...everyone],
  department_head: ['awaiting_assignment', 'in_department', ...everyone],
  handler: ['mine', ...everyone],
  chairperson: ['awaiting_approval', ...everyone],
  admin: everyone,
};
