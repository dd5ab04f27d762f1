import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';

export interface BulkItem {
  id: string;
  version: number;
}

export interface BulkAssignRequest {
  handlerId: string;
  note: string;
  items: BulkItem[];
}

/** POST /api/dossiers/bulk/assign: every dossier to one handler, all or nothing. */
export function bulkAssign(request: BulkAssignRequest): Promise<{ updated: number }> {
  return apiFetch<{ updated: number }>('/dossiers/bulk/assign', { method: 'POST', body: request });
}

export function useBulkAssign() {
  return useMutation({ mutationFn: bulkAssign });
}
