import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import { dossierKeys } from './dossier-keys.ts';

export interface DossierCodeMatch {
  id: string;
  code: string;
}

/** The dossier with this code; a 404 `ApiError` when there is none. */
export function getDossierByCode(code: string, signal?: AbortSignal): Promise<DossierCodeMatch> {
  return apiFetch<DossierCodeMatch>(`/dossiers/by-code/${encodeURIComponent(code)}`, { signal });
}

export function dossierByCodeQueryOptions(code: string) {
  return queryOptions({
    queryKey: dossierKeys.byCode(code),
    queryFn: ({ signal }) => getDossierByCode(code, signal),
    // A code never moves to another dossier, but a miss may be received a minute later.
    staleTime: 60_000,
    retry: false,
  });
}
