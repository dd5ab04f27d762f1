import type { ZodError } from 'zod';
import type { ApiErrorBody } from '../../domain/schemas/common.ts';

/**
 * The one error type services throw. `app.onError` turns it into the JSON body
 * `{ error, message, fields? }` with its status; anything else is a 500.
 */
export class HttpError extends Error {
  readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429;
  readonly code: string;
  readonly fields?: Record<string, string>;
  /** Extra response headers, e.g. `Retry-After` on a 429. */
  readonly headers?: Record<string, string>;

  constructor(
    status: HttpError['status'],
    code: string,
    message: string,
    fields?: Record<string, string>,
    headers?: Record<string, string>,
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.headers = headers;
  }

  toBody(): ApiErrorBody {
    return { error: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) };
  }
}

export const unauthorized = () => new HttpError(401, 'unauthorized', 'Phiên làm việc đã hết hạn hoặc bạn chưa đăng nhập.');
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') => new HttpError(403, 'forbidden', message);
export const notFound = (message = 'Không tìm thấy dữ liệu yêu cầu.') => new HttpError(404, 'not_found', message);
export const conflict = (message: string, code = 'conflict') => new HttpError(409, code, message);
export const staleVersion = () =>
  new HttpError(409, 'stale_version', 'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại để xem thay đổi mới nhất.');

/** Field path → first message, from a zod error. */
export function fieldMessages(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (!(path in fields)) fields[path] = issue.message;
  }
  return fields;
}

export function validationError(error: ZodError): HttpError {
  return new HttpError(400, 'validation_failed', 'Dữ liệu chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.', fieldMessages(error));
}
