import { queryOptions, useMutation } from '@tanstack/react-query';
import type { RateInput } from '../../../domain/schemas/ratings.ts';
import { api, dataOf } from '../../../lib/api-client.ts';

/** Query keys of the counter tablet. */
export const counterKeys = {
  all: ['counter'] as const,
  awaiting: () => [...counterKeys.all, 'awaiting'] as const,
  dossier: (dossierId: string) => [...counterKeys.all, 'dossier', dossierId] as const,
};

/** How often the waiting tablet asks whether the officer has handed a result over. */
export const COUNTER_POLL_MS = 3_000;

/** GET /api/counter/awaiting-rating: the dossier this officer just handed over, not yet rated. */
export function awaitingRatingQueryOptions() {
  return queryOptions({
    queryKey: counterKeys.awaiting(),
    queryFn: ({ signal }) => dataOf(api.GET('/api/counter/awaiting-rating', { signal })),
    refetchInterval: COUNTER_POLL_MS,
    staleTime: 0,
  });
}

/** GET /api/counter/dossiers/{id}: one dossier to rate (opened from the dossier page). */
export function counterDossierQueryOptions(dossierId: string) {
  return queryOptions({
    queryKey: counterKeys.dossier(dossierId),
    queryFn: ({ signal }) => dataOf(api.GET('/api/counter/dossiers/{id}', { params: { path: { id: dossierId } }, signal })),
    staleTime: 0,
  });
}

/** POST /api/dossiers/{id}/actions/rate with the version the tablet showed. */
export function useRateAtCounter() {
  return useMutation({
    mutationFn: ({ dossierId, version, ...body }: RateInput & { dossierId: string; version: number }) =>
      dataOf(api.POST('/api/dossiers/{id}/actions/rate', { params: { path: { id: dossierId } }, body: { ...body, version } })),
  });
}
