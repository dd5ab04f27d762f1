import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { DossierListQuery } from '../../../domain/schemas/dossier-query.ts';
import { api, dataOf } from '../../../lib/api-client.ts';
import type { DossierListFilters } from '../utils/dossier-list-search.ts';
import { dossierKeys } from './dossier-keys.ts';

/** GET /api/dossiers: one page of the list. */
export function getDossiers(filters: DossierListFilters, signal?: AbortSignal) {
  // Every filter of the URL goes to the API (see listFilterKeys). Each was checked against
  // this same schema when read from the URL; parsing again gives them the API's types.
  const query = DossierListQuery.parse(filters);
  return dataOf(api.GET('/api/dossiers', { params: { query }, signal }));
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
