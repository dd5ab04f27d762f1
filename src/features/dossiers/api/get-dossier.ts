import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client.ts';
import { dossierKeys } from './dossier-keys.ts';

/** GET /api/dossiers/{id}: the dossier with its documents, history and the actions open to the user. */
export function getDossier(dossierId: string, signal?: AbortSignal) {
  return dataOf(api.GET('/api/dossiers/{id}', { params: { path: { id: dossierId } }, signal }));
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
