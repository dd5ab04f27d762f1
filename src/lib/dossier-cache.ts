import type { UseQueryOptions } from '@tanstack/react-query';
import { createContext, use } from 'react';
import type { DossierDetail } from '../domain/schemas/dossier.ts';
import type { ApiError } from './api-client.ts';

/**
 * What a screen that changes dossiers may do with the cached dossiers, without knowing how
 * they are cached. The dossiers feature owns the query keys; the app provides this over
 * them (src/app/dossier-cache-provider.tsx), so the workflow feature can update the page
 * it is mounted on without importing another feature.
 */
export interface DossierCache {
  /** The one query of a dossier (for `useQuery`): a dialog opened from a list shows one row's details. */
  detailQuery(dossierId: string): UseQueryOptions<DossierDetail, ApiError>;
  /** The API answered an action with the dossier as it now is: show it, and refresh every list. */
  dossierChanged(dossier: DossierDetail): void;
  /** Changes the cached dossier in place (a file was attached: the version did not move). */
  updateDossier(dossierId: string, update: (dossier: DossierDetail) => DossierDetail): void;
  /** Fetches the dossier afresh (after a 409), updates every screen showing it and returns it. */
  reloadDossier(dossierId: string): Promise<DossierDetail>;
  /** Several dossiers changed at once (a bulk action): refresh the lists and any open dossier. */
  dossiersChanged(): Promise<void>;
}

export const DossierCacheContext = createContext<DossierCache | null>(null);

/** The dossier cache of the screen; only screens mounted inside its provider may change dossiers. */
export function useDossierCache(): DossierCache {
  const cache = use(DossierCacheContext);
  if (!cache) throw new Error('useDossierCache: mount the screen inside DossierCacheProvider');
  return cache;
}
