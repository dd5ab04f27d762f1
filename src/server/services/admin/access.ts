import type { CurrentUser } from '../../../domain/schemas/auth.ts';
import { message } from '../../../domain/messages.ts';
import { forbidden, HttpError } from '../../http/errors.ts';

/** Only the administrator changes the catalogue, the directory, the calendar and the settings. */
export function requireAdmin(user: CurrentUser): void {
  if (user.role !== 'admin') throw forbidden(message('admin_only'));
}

/** 409 for an edit made on a record someone else has changed since it was read. */
export const staleRecord = () => new HttpError(409, 'stale_version', message('stale_record'));
