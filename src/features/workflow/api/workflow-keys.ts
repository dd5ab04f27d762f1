/**
 * Query keys of the workflow feature, general to specific. The directory (units, staff) is
 * reference data (see lib/reference); the dossiers themselves live under the dossiers feature's keys.
 */
export const workflowKeys = {
  all: ['workflow'] as const,
  attachmentContent: (attachmentId: string) => [...workflowKeys.all, 'attachment-content', attachmentId] as const,
};
