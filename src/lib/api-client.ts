import type { ApiErrorBody } from '../domain/schemas/common.ts';
import { i18n } from '../i18n/i18n.ts';

/**
 * The one error type of the client. Every failed API call throws it: HTTP errors carry the
 * API's `{ error, message, fields }` body; a network failure has status 0 and code
 * `network_error`, so callers never have to tell `TypeError` from `Response` apart.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Field path → message, for 400s that name the fields at fault. */
  readonly fields: Readonly<Record<string, string>>;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
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
  return typeof value === 'object' && value !== null && typeof (value as ApiErrorBody).message === 'string';
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
    throw new ApiError(0, 'network_error', i18n.t('common.networkError'));
  }
  if (!response.ok) {
    const data = await readJson(response);
    if (isErrorBody(data)) throw new ApiError(response.status, data.error, data.message, data.fields);
    // No API body (a proxy error page, a crash before the JSON): a message of our own.
    throw new ApiError(response.status, 'http_error', i18n.t('common.serverError'));
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
