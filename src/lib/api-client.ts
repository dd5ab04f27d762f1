import createClient from 'openapi-fetch';
import type { ApiErrorBody } from '../domain/schemas/common.ts';
import { translateMessage, type ReceivedMessage } from '../i18n/translate-message.ts';
import type { components, paths } from './api-types.ts';

/**
 * The one error type of the client. Every failed API call throws it: HTTP errors carry the
 * API's `{ error, code, params, message, fields }` body; a network failure has status 0 and
 * code `network_error`, so callers never have to tell `TypeError` from `Response` apart.
 * `message` is the API's sentence translated into the UI's language at the time it is read,
 * so an error on screen follows a language switch.
 */
export class ApiError extends Error {
  readonly status: number;
  /** The kind of failure (the body's `error`): `validation_failed`, `forbidden`, `stale_version`… */
  readonly code: string;
  /** The sentence for a person, as the API sent it (code, params, Vietnamese text). */
  readonly detail: ReceivedMessage;
  /** Field path → the sentence for that field, for 400s that name the fields at fault. */
  readonly fields: Readonly<Record<string, ReceivedMessage>>;

  constructor(status: number, code: string, detail: ReceivedMessage, fields: Record<string, ReceivedMessage> = {}) {
    super();
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.fields = fields;
    Object.defineProperty(this, 'message', { get: () => translateMessage(this.detail), enumerable: false, configurable: true });
  }

  /** The sentence for one field in the UI's language, if the API named that field. */
  fieldMessage(path: string): string | undefined {
    const field = this.fields[path];
    return field && translateMessage(field);
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** 4xx: asking again will not help (used to switch retries off). */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as ApiErrorBody).code === 'string';
}

/**
 * The one place an `ApiError` is made: from the API's error body when the response has one,
 * else with a message of our own. Status 0 is a request that never got an answer.
 */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) return new ApiError(status, body.error, body, body.fields);
  if (status === 0) return new ApiError(0, 'network_error', { code: 'network_error' });
  // No API body (a proxy error page, a crash before the JSON, an empty success).
  return new ApiError(status, 'http_error', { code: 'server_unavailable' });
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    return undefined;
  }
}

/** Every request goes out here: a failure of any kind (network, HTTP status) leaves as an `ApiError`. */
async function send(request: Request): Promise<Response> {
  let response: Response;
  try {
    // Looked up per call: test and training hosts put their interceptor on the global fetch.
    response = await fetch(request);
  } catch (error) {
    if (request.signal.aborted) throw error;
    throw apiErrorFrom(0, undefined);
  }
  if (!response.ok) throw apiErrorFrom(response.status, await readJson(response));
  return response;
}

/**
 * The one API client, typed from the API's OpenAPI document (`./api-types.ts`): paths,
 * parameters, bodies and responses are checked at compile time. Same origin, so the session
 * cookie travels by itself. Paths are written in full (`/api/dossiers`), as the document has them.
 */
export const api = createClient<paths>({
  // An absolute base: the Request is built before any host sees it, and Node's needs one.
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  fetch: send,
});

/**
 * The body of a successful call. `send` has already turned every failure into an `ApiError`,
 * so what is left to report is a success without the body the document promises.
 */
export async function dataOf<Data>(call: Promise<{ data?: Data; response: Response }>): Promise<Data> {
  const { data, response } = await call;
  if (data === undefined) throw apiErrorFrom(response.status, undefined);
  return data;
}

/** A named schema of the API document, e.g. `ApiSchema<'DossierDetail'>`. */
export type ApiSchema<Name extends keyof components['schemas']> = components['schemas'][Name];
