import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { printKeys } from './print-keys.ts';

export function getPrintDossier(dossierId: string, signal?: AbortSignal): Promise<DossierDetail> {
  return apiFetch<DossierDetail>(`/dossiers/${encodeURIComponent(dossierId)}`, { signal });
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
