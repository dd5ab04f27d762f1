import type { DossierListFilters } from '../utils/dossier-list-search.ts';

/**
 * Query keys of the dossiers feature, general to specific, so one call can refresh a
 * whole branch: `invalidateQueries({ queryKey: dossierKeys.lists() })` after any change.
 */
export const dossierKeys = {
  all: ['dossiers'] as const,
  lists: () => [...dossierKeys.all, 'list'] as const,
  list: (filters: DossierListFilters) => [...dossierKeys.lists(), filters] as const,
  details: () => [...dossierKeys.all, 'detail'] as const,
  detail: (dossierId: string) => [...dossierKeys.details(), dossierId] as const,
  byCode: (code: string) => [...dossierKeys.all, 'by-code', code] as const,
  /**
   * Live counts of the user's work queues (navigation badges). Under `lists()` on purpose:
   * a count summarises a list, so whatever refreshes the lists after a change refreshes it.
   */
  queueCounts: () => [...dossierKeys.lists(), 'queue-counts'] as const,
  savedViews: () => [...dossierKeys.all, 'saved-views'] as const,
};
