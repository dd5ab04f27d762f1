import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { dossierKeys } from './dossier-keys.ts';

export function getDossier(dossierId: string, signal?: AbortSignal): Promise<DossierDetail> {
  return apiFetch<DossierDetail>(`/dossiers/${encodeURIComponent(dossierId)}`, { signal });
}

export function dossierQueryOptions(dossierId: string) {
  return queryOptions({
    queryKey: dossierKeys.detail(dossierId),
    queryFn: ({ signal }) => getDossier(dossierId, signal),
  });
}

export function useDossier(dossierId: string) {
  return useQuery(dossierQueryOptions(dossierId));
}
