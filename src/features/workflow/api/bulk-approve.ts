import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { BulkItem } from './bulk-assign.ts';

export interface BulkApproveRequest {
  note: string;
  items: BulkItem[];
}

/** POST /api/dossiers/bulk/approve: approve every selected result, all or nothing. */
export function bulkApprove(request: BulkApproveRequest): Promise<{ updated: number }> {
  return apiFetch<{ updated: number }>('/dossiers/bulk/approve', { method: 'POST', body: request });
}

export function useBulkApprove() {
  return useMutation({ mutationFn: bulkApprove });
}
