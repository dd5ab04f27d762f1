import { useMutation } from '@tanstack/react-query';
import { uploadScan } from '../../../lib/scans.ts';

export type { UploadScanRequest as UploadAttachmentRequest } from '../../../lib/scans.ts';

/** Upload one file of the dossier (`uploadScan`: the intake form uploads the same way). */
export function useUploadAttachment() {
  return useMutation({ mutationFn: uploadScan });
}
