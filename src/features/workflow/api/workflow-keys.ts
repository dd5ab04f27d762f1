import type { Role } from '../../../domain/roles.ts';

/**
 * Query keys of the workflow feature, general to specific. The directory (units, staff)
 * changes rarely; the dossiers themselves live under the dossiers feature's keys.
 */
export const workflowKeys = {
  all: ['workflow'] as const,
  units: () => [...workflowKeys.all, 'units'] as const,
  staffLists: () => [...workflowKeys.all, 'staff'] as const,
  staff: (filter: { role?: Role; unitId?: string }) => [...workflowKeys.staffLists(), filter] as const,
  attachmentContent: (attachmentId: string) => [...workflowKeys.all, 'attachment-content', attachmentId] as const,
};
