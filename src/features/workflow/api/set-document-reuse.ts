import { useMutation } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client.ts';

export interface SetDocumentReuseRequest {
  dossierId: string;
  documentId: string;
  /** The checklist item's version the user saw; a stale one gets 409. */
  version: number;
  /** The person's scanned paper of another dossier, or null to stop reusing. */
  sourceDocumentId: string | null;
}

/** PUT /api/dossiers/{id}/documents/{documentId}/reuse: the dossier as it now is. */
export function setDocumentReuse({ dossierId, documentId, version, sourceDocumentId }: SetDocumentReuseRequest) {
  return dataOf(
    api.PUT('/api/dossiers/{id}/documents/{documentId}/reuse', {
      params: { path: { id: dossierId, documentId } },
      body: { version, sourceDocumentId },
    }),
  );
}

export function useSetDocumentReuse() {
  return useMutation({ mutationFn: setDocumentReuse });
}
