import type { ApiErrorBody } from '../domain/schemas/common.ts';
import { translateMessage, type ReceivedMessage } from '../i18n/translate-message.ts';

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

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Serialised as JSON; a `FormData` goes as is (multipart, e.g. a scanned file). */
  body?: unknown;
  /** Arrays repeat the key (`status=a&status=b`); null/undefined are left out. */
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

function toSearch(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.append(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as ApiErrorBody).code === 'string';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Sends the request and maps every failure (network, HTTP status) to an `ApiError`. */
async function send(path: string, request: ApiRequest, accept: string): Promise<Response> {
  const { method = 'GET', body, query, signal } = request;
  const multipart = typeof FormData !== 'undefined' && body instanceof FormData;
  const headers: Record<string, string> = { Accept: accept };
  // A multipart body sets its own Content-Type, boundary included.
  if (body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}${toSearch(query)}`, {
      method,
      headers,
      body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network_error', { code: 'network_error' });
  }
  if (!response.ok) {
    const data = await readJson(response);
    if (isErrorBody(data)) throw new ApiError(response.status, data.error, data, data.fields);
    // No API body (a proxy error page, a crash before the JSON): a message of our own.
    throw new ApiError(response.status, 'http_error', { code: 'server_unavailable' });
  }
  return response;
}

/**
 * The one API client: same-origin JSON over fetch, session cookie sent automatically.
 * `path` is relative to `/api` (e.g. `/dossiers`). Resolves with the parsed body
 * (`undefined` for 204) typed as `T` — the types come from the shared zod schemas.
 */
export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const response = await send(path, request, 'application/json');
  return (await readJson(response)) as T;
}

/**
 * A file from the API (a scanned attachment) as a Blob. Fetched rather than linked so the
 * session travels the same way as every other call (a header in training mode, where a
 * plain link or iframe would not be signed in).
 */
export async function apiFetchBlob(path: string, request: Omit<ApiRequest, 'body'> = {}): Promise<Blob> {
  const response = await send(path, request, '*/*');
  return response.blob();
}
