import type { ZodError } from 'zod';
import type { ApiErrorBody, FieldMessage } from '../../domain/schemas/common.ts';
import { message, messageText, type Message } from '../../domain/messages.ts';
import { issueMessage } from '../../domain/schemas/zod-messages.ts';

/** Field path (`applicant.phone`, `documents.0.received`) → what is wrong with it. */
export type FieldMessages = Record<string, Message>;

/**
 * The one error type services throw. `app.onError` turns it into the JSON body
 * `{ error, code, params?, message, fields? }` with its status; anything else is a 500.
 * `error` is the kind of failure a program branches on (`validation_failed`, `forbidden`,
 * `stale_version`…); `code` and `params` say which sentence to show a person
 * (`src/domain/messages.ts`), and `message` is that sentence in Vietnamese.
 */
export class HttpError extends Error {
  readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429;
  /** The kind of failure, sent as `error`. */
  readonly code: string;
  readonly detail: Message;
  readonly fields?: FieldMessages;
  /** Extra response headers, e.g. `Retry-After` on a 429. */
  readonly headers?: Record<string, string>;

  constructor(status: HttpError['status'], code: string, detail: Message, fields?: FieldMessages, headers?: Record<string, string>) {
    super(messageText(detail));
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.fields = fields;
    this.headers = headers;
  }

  toBody(): ApiErrorBody {
    return {
      error: this.code,
      ...wireMessage(this.detail),
      ...(this.fields ? { fields: Object.fromEntries(Object.entries(this.fields).map(([path, field]) => [path, wireMessage(field)])) } : {}),
    };
  }
}

/** A message as the API sends it: code, parameters when it has some, and the Vietnamese text. */
export function wireMessage(value: Message): FieldMessage {
  return { code: value.code, ...(value.params ? { params: value.params } : {}), message: messageText(value) };
}

/** The body of an error that is not an `HttpError` (an unknown route, unreadable JSON, a crash). */
export function errorBody(code: string, detail: Message): ApiErrorBody {
  return { error: code, ...wireMessage(detail) };
}

export const unauthorized = () => new HttpError(401, 'unauthorized', message('unauthorized'));
export const forbidden = (detail = message('forbidden')) => new HttpError(403, 'forbidden', detail);
export const notFound = (detail = message('not_found')) => new HttpError(404, 'not_found', detail);
export const conflict = (detail: Message, code = 'conflict') => new HttpError(409, code, detail);
export const staleVersion = () => new HttpError(409, 'stale_version', message('stale_version'));
/** A 400 about one field, found by a check the schema cannot make (e.g. against the database). */
export const fieldError = (field: string, detail: Message) => new HttpError(400, 'validation_failed', detail, { [field]: detail });

/** Field path → first message, from a zod error. */
export function fieldMessages(error: ZodError): FieldMessages {
  const fields: FieldMessages = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (!(path in fields)) fields[path] = issueMessage(issue);
  }
  return fields;
}

export function validationError(error: ZodError): HttpError {
  return new HttpError(400, 'validation_failed', message('validation_failed'), fieldMessages(error));
}
