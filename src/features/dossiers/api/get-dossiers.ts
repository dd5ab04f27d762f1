import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { DossierListResponse } from '../../../domain/schemas/dossier.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import type { DossierListFilters } from '../utils/dossier-list-search.ts';
import { dossierKeys } from './dossier-keys.ts';

export function getDossiers(filters: DossierListFilters, signal?: AbortSignal): Promise<DossierListResponse> {
  return apiFetch<DossierListResponse>('/dossiers', {
    // Every filter of the URL goes to the API as it is (see listFilterKeys).
    query: { ...filters },
    signal,
  });
}

export function dossierListQueryOptions(filters: DossierListFilters) {
  return queryOptions({
    queryKey: dossierKeys.list(filters),
    queryFn: ({ signal }) => getDossiers(filters, signal),
    // Paging and sorting keep the current rows on screen until the next ones arrive.
    placeholderData: keepPreviousData,
  });
}

export function useDossiers(filters: DossierListFilters) {
  return useQuery(dossierListQueryOptions(filters));
}
