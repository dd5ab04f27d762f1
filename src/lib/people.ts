import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from './api-client.ts';
import { peopleKeys } from './people-keys.ts';

/*
 * One person (an ID number) as several screens see them: the person's page, the intake form
 * (their other dossiers, their digitised papers to reuse) and the dossier page (reuse). One
 * key factory (people-keys.ts) and fetcher each; the dossier cache refreshes them when a
 * dossier changes.
 */

/** GET /api/people/{idNumber}: every dossier of the ID number, open ones first, and who the person is. */
export function getPerson(idNumber: string, signal?: AbortSignal) {
  return dataOf(api.GET('/api/people/{idNumber}', { params: { path: { idNumber } }, signal }));
}

export function personQueryOptions(idNumber: string) {
  return queryOptions({ queryKey: peopleKeys.person(idNumber), queryFn: ({ signal }) => getPerson(idNumber, signal), staleTime: 30_000 });
}

export function usePerson(idNumber: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...personQueryOptions(idNumber), enabled: options.enabled ?? true });
}

/** GET /api/people/{idNumber}/documents: the person's scanned papers a dossier may reuse. */
export function getReusableDocuments(idNumber: string, excludeDossierId: string | null, signal?: AbortSignal) {
  return dataOf(
    api.GET('/api/people/{idNumber}/documents', {
      params: { path: { idNumber }, query: excludeDossierId ? { excludeDossierId } : {} },
      signal,
    }),
  );
}

export function reusableDocumentsQueryOptions(idNumber: string, excludeDossierId: string | null = null) {
  return queryOptions({
    queryKey: peopleKeys.documents(idNumber, excludeDossierId),
    queryFn: ({ signal }) => getReusableDocuments(idNumber, excludeDossierId, signal),
    staleTime: 30_000,
  });
}

/** The person's reusable papers; asks nothing without an ID number. */
export function useReusableDocuments(idNumber: string | null, excludeDossierId: string | null = null) {
  return useQuery({ ...reusableDocumentsQueryOptions(idNumber ?? '', excludeDossierId), enabled: idNumber !== null });
}
