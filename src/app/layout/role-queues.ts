import type { DossierStatus } from '../../domain/dossier-status.ts';
import type { Role } from '../../domain/roles.ts';
import type { Catalogue } from '../../i18n/vi.ts';

export type QueueStatus = keyof Catalogue['nav']['queue'] & DossierStatus;

/**
 * The status shortcuts each role sees under "Hồ sơ": the queues that role works from.
 * Only screens that exist are linked (the administrator's screens do not yet).
 */
export const roleQueues: Record<Role, readonly QueueStatus[]> = {
  desk_officer: ['awaiting_intake', 'received', 'supplement_requested', 'result_ready'],
  department_head: ['awaiting_assignment', 'processing'],
  handler: ['processing', 'supplement_requested'],
  chairperson: ['awaiting_approval'],
  admin: [],
};

export type ReportScreen = 'overview' | 'register';

/** The report screens each role reaches from the navigation: the roles the reports API serves. */
export const roleReports: Record<Role, readonly ReportScreen[]> = {
  desk_officer: ['register'],
  department_head: [],
  handler: [],
  chairperson: ['overview', 'register'],
  admin: ['overview', 'register'],
};
