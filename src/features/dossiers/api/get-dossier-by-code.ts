import { queryOptions } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client.ts';
import { dossierKeys } from './dossier-keys.ts';

/** GET /api/dossiers/by-code/{code}: the dossier's id; a 404 `ApiError` when there is none. */
export function getDossierByCode(code: string, signal?: AbortSignal) {
  return dataOf(api.GET('/api/dossiers/by-code/{code}', { params: { path: { code } }, signal }));
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
