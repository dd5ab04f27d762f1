import { useMutation } from '@tanstack/react-query';
import type { DossierAttachment } from '../../../domain/schemas/dossier.ts';
import { apiFetch } from '../../../lib/api-client.ts';

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
export function uploadAttachment({ dossierId, file, kind, dossierDocumentId }: UploadAttachmentRequest): Promise<DossierAttachment> {
  const body = new FormData();
  body.append('file', file);
  body.append('kind', kind);
  if (dossierDocumentId) body.append('dossierDocumentId', dossierDocumentId);
  return apiFetch<DossierAttachment>(`/dossiers/${encodeURIComponent(dossierId)}/attachments`, { method: 'POST', body });
}

export function useUploadAttachment() {
  return useMutation({ mutationFn: uploadAttachment });
}
