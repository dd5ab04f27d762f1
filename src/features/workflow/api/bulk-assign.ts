import { useMutation } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client.ts';

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
export function bulkAssign(request: BulkAssignRequest) {
  return dataOf(api.POST('/api/dossiers/bulk/assign', { body: request }));
}

export function useBulkAssign() {
  return useMutation({ mutationFn: bulkAssign });
}
