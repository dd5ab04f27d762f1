import { i18n } from '../../../i18n/i18n.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { scanProblem } from '../../../lib/scans.ts';

/** What the API would refuse, told before the upload starts (see `scanProblem`). */
export const checkAttachment = scanProblem;

/** The API's sentence for the file field (413, 415…), else its message. */
export function uploadErrorMessage(error: unknown): string {
  if (!isApiError(error)) return i18n.t('common.unknownError');
  return error.fieldMessage('file') ?? error.message;
}
