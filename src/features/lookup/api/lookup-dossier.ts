import { useMutation } from '@tanstack/react-query';
import type { PublicLookupRequest, PublicRatingRequest } from '../../../domain/schemas/public-lookup.ts';
import { api, dataOf } from '../../../lib/api-client.ts';

/**
 * POST /api/public/lookup: the dossier behind a receipt. A mutation, not a query: the
 * digits are not kept in any cache, and each lookup counts against the address's limit.
 */
export function useLookupDossier() {
  return useMutation({ mutationFn: (body: PublicLookupRequest) => dataOf(api.POST('/api/public/lookup', { body })) });
}

/** POST /api/public/ratings: the applicant rates the service, once, after the result is returned. */
export function useRateFromLookup() {
  return useMutation({ mutationFn: (body: PublicRatingRequest) => dataOf(api.POST('/api/public/ratings', { body })) });
}
