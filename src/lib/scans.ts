import type { DossierAttachment } from '../domain/schemas/dossier.ts';
import { api, dataOf } from './api-client.ts';

/**
 * Scans (bản số hóa) of a dossier's papers and result, stored as its attachments: the intake
 * form after saving, and the dossier page, upload through here.
 */

/** What the API accepts (it checks the real type from the bytes again). */
export const maxScanBytes = 10 * 1024 * 1024;
export const acceptedScanTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** For a file picker's `accept`. */
export const acceptedScanList = acceptedScanTypes.join(',');

export type ScanProblem = 'emptyFile' | 'tooLarge' | 'wrongType';

/**
 * What the API would refuse, told before the upload starts (a 10 MB scan on a slow line
 * takes a while to be refused).
 */
export function scanProblem(file: File): ScanProblem | undefined {
  if (file.size === 0) return 'emptyFile';
  if (file.size > maxScanBytes) return 'tooLarge';
  // Some systems give scans no type; the API decides from the content then.
  if (file.type && !(acceptedScanTypes as readonly string[]).includes(file.type)) return 'wrongType';
  return undefined;
}

export interface UploadScanRequest {
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
export function uploadScan({ dossierId, file, kind, dossierDocumentId }: UploadScanRequest) {
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
