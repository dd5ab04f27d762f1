import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client.ts';
import { printKeys } from './print-keys.ts';

/** GET /api/intake-slips/{id}. */
export function getIntakeSlip(slipId: string, signal?: AbortSignal) {
  return dataOf(api.GET('/api/intake-slips/{id}', { params: { path: { id: slipId } }, signal }));
}

export function intakeSlipQueryOptions(slipId: string) {
  return queryOptions({
    queryKey: printKeys.intakeSlip(slipId),
    queryFn: ({ signal }) => getIntakeSlip(slipId, signal),
    // A slip never changes once written.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/** A guidance (form 02) or refusal (form 03) slip given to a walk-in. */
export function useIntakeSlip(slipId: string) {
  return useQuery(intakeSlipQueryOptions(slipId));
}
