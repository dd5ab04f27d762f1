import { i18n } from '../../../i18n/i18n.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { acceptedAttachmentTypes, maxAttachmentBytes } from './file-size.ts';

export type AttachmentProblem = 'emptyFile' | 'tooLarge' | 'wrongType';

/**
 * What the API would refuse, told before the upload starts (a 10 MB scan on a slow line
 * takes a while to be refused). The API still checks the real type from the bytes.
 */
export function checkAttachment(file: File): AttachmentProblem | undefined {
  if (file.size === 0) return 'emptyFile';
  if (file.size > maxAttachmentBytes) return 'tooLarge';
  // Some systems give scans no type; the API decides from the content then.
  if (file.type && !(acceptedAttachmentTypes as readonly string[]).includes(file.type)) return 'wrongType';
  return undefined;
}

/** The API's sentence for the file field (413, 415…), else its message. */
export function uploadErrorMessage(error: unknown): string {
  if (!isApiError(error)) return i18n.t('common.unknownError');
  return error.fieldMessage('file') ?? error.message;
}
