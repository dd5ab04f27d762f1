import { useMutation } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client.ts';
import type { BulkItem } from './bulk-assign.ts';

export interface BulkApproveRequest {
  note: string;
  items: BulkItem[];
}

/** POST /api/dossiers/bulk/approve: approve every selected result, all or nothing. */
export function bulkApprove(request: BulkApproveRequest) {
  return dataOf(api.POST('/api/dossiers/bulk/approve', { body: request }));
}

export function useBulkApprove() {
  return useMutation({ mutationFn: bulkApprove });
}
