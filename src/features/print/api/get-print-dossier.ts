import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client.ts';
import { printKeys } from './print-keys.ts';

/** GET /api/dossiers/{id}, for a sheet (kept apart from the dossier page's entry: see staleTime). */
export function getPrintDossier(dossierId: string, signal?: AbortSignal) {
  return dataOf(api.GET('/api/dossiers/{id}', { params: { path: { id: dossierId } }, signal }));
}

export function printDossierQueryOptions(dossierId: string) {
  return queryOptions({
    queryKey: printKeys.dossier(dossierId),
    queryFn: ({ signal }) => getPrintDossier(dossierId, signal),
    // Opened right after an action (an apology, a withdrawal): always ask for the latest.
    staleTime: 0,
    // A sheet is printed from what was loaded; refetching under the print dialog would
    // re-render the page being printed.
    refetchOnWindowFocus: false,
  });
}

/** The dossier a form is printed for: parties, documents, dates and its history. */
export function usePrintDossier(dossierId: string) {
  return useQuery(printDossierQueryOptions(dossierId));
}
