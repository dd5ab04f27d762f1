import { useMutation } from '@tanstack/react-query';
import type { DossierAttachment } from '../../../domain/schemas/dossier.ts';
import { api, dataOf } from '../../../lib/api-client.ts';

export interface UploadAttachmentRequest {
  dossierId: string;
  file: File;
  kind: DossierAttachment['kind'];
  /** The checklist item the scan belongs to. */
  dossierDocumentId?: string | null;
}

/**
 * POST /api/dossiers/{id}/attachments (multipart). The API checks the type from the bytes
 * and the size (PDF/JPEG/PNG, 10 MB) and answers 415/413 with `fields.file`.
 */
export function uploadAttachment({ dossierId, file, kind, dossierDocumentId }: UploadAttachmentRequest) {
  return dataOf(
    api.POST('/api/dossiers/{id}/attachments', {
      params: { path: { id: dossierId } },
      body: { file, kind, ...(dossierDocumentId ? { dossierDocumentId } : {}) },
      bodySerializer: (fields) => {
        const form = new FormData();
        form.append('file', fields.file);
        if (fields.kind) form.append('kind', fields.kind);
        if (fields.dossierDocumentId) form.append('dossierDocumentId', fields.dossierDocumentId);
        return form;
      },
    }),
  );
}

export function useUploadAttachment() {
  return useMutation({ mutationFn: uploadAttachment });
}
