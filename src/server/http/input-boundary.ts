import type { OpenAPIHono } from '@hono/zod-openapi';
import { createMiddleware } from 'hono/factory';
import type { ApiEnv } from './context.ts';
import { HttpError, type FieldMessages } from './errors.ts';
import { message, type Message } from '../../domain/messages.ts';

/**
 * The one input boundary of the API, in front of every route (present and future):
 * - every string of the path, the query and the body (JSON or multipart, keys and file names
 *   included) is refused when it holds a control character (NUL and the other C0 controls
 *   except tab and line breaks), an unpaired UTF-16 surrogate (`\ud800` in JSON) or bytes
 *   that are not UTF-8, with a 400 naming the field;
 * - the rest is NFC-normalised, so "Nguyễn" typed on a Mac and on Windows is one name;
 * - an operation that takes a body gets it only in a media type its OpenAPI definition
 *   declares (JSON, or multipart for uploads): anything else is a 415.
 * Routes then see clean text and never have to think about it.
 */

// oxlint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_JSON_DEPTH = 32;
const badText = message('text_invalid_characters');

/** True when `value` can be stored and shown as text. */
export function isCleanText(value: string): boolean {
  return !controlCharacter.test(value) && !loneSurrogate.test(value);
}

class Problems {
  readonly fields: FieldMessages = {};
  add(path: string, problem: Message = badText) {
    this.fields[path || '_'] ??= problem;
  }
  get any() {
    return Object.keys(this.fields).length > 0;
  }
  error() {
    return new HttpError(400, 'invalid_text', message('invalid_text'), this.fields);
  }
  throwIfAny() {
    if (this.any) throw this.error();
  }
}

/** `decodeURIComponent`, but undefined for malformed escapes and for bytes that are not UTF-8 (an encoded surrogate, %ED%A0%80). */
function decodeComponent(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

function cleanString(value: string, path: string, problems: Problems): string {
  if (!isCleanText(value)) {
    problems.add(path);
    return value;
  }
  return value.normalize('NFC');
}

function cleanJson(value: unknown, path: string, depth: number, problems: Problems): unknown {
  if (typeof value === 'string') return cleanString(value, path, problems);
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_JSON_DEPTH) {
    problems.add(path, message('json_too_deep', { maximum: MAX_JSON_DEPTH }));
    return value;
  }
  const child = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (Array.isArray(value)) return value.map((item, index) => cleanJson(item, child(index), depth + 1, problems));
  // fromEntries defines own properties, so a "__proto__" key stays a plain key.
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [cleanString(key, child(key), problems), cleanJson(item, child(key), depth + 1, problems)]),
  );
}

interface BodyOperation {
  method: string;
  pattern: RegExp;
  mediaTypes: string[];
}

/** Operations that take a body, with the media types they declare, from the OpenAPI document. */
function bodyOperations(api: OpenAPIHono<ApiEnv>): BodyOperation[] {
  const document = api.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'motcua', version: '1' } });
  const operations: BodyOperation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      const body = item[method]?.requestBody;
      if (!body || !('content' in body)) continue;
      const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
      operations.push({ method: method.toUpperCase(), pattern: new RegExp(`^${source}$`), mediaTypes: Object.keys(body.content) });
    }
  }
  return operations;
}

function mediaTypeOf(contentType: string | undefined): { type: string; charset?: string } {
  const [type = '', ...parameters] = (contentType ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  return { type, charset };
}

function unsupportedMediaType(expected: string[]): HttpError {
  return new HttpError(415, 'unsupported_media_type', message('unsupported_media_type', { expected: expected.join(', ') }));
}

function cleanJsonBody(bytes: Uint8Array<ArrayBuffer>, problems: Problems): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.add('_', message('text_not_utf8'));
    throw problems.error();
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid_json', message('invalid_json'));
  }
  const clean = cleanJson(value, '', 0, problems);
  problems.throwIfAny();
  return JSON.stringify(clean);
}

async function cleanMultipartBody(bytes: Uint8Array<ArrayBuffer>, contentType: string, problems: Problems): Promise<FormData | undefined> {
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new HttpError(400, 'invalid_multipart', message('invalid_multipart'));
  }
  const clean = new FormData();
  let changed = false;
  for (const [key, value] of form.entries()) {
    const name = cleanString(key, key, problems);
    if (typeof value === 'string') {
      const text = cleanString(value, key, problems);
      changed ||= name !== key || text !== value;
      clean.append(name, text);
    } else {
      const fileName = cleanString(value.name, key, problems);
      changed ||= name !== key || fileName !== value.name;
      clean.append(name, fileName === value.name ? value : new File([value], fileName, { type: value.type }), fileName);
    }
  }
  problems.throwIfAny();
  return changed ? clean : undefined;
}

/** The boundary as middleware; `api` is the app it guards (its OpenAPI document says which operations take which bodies). */
export function inputBoundary(api: OpenAPIHono<ApiEnv>) {
  let operations: BodyOperation[] | undefined;
  return createMiddleware<ApiEnv>(async (c, next) => {
    const request = c.req.raw;
    const url = new URL(request.url);
    const problems = new Problems();

    // The path, segment by segment.
    const segments = url.pathname.split('/').map((segment) => {
      const decoded = decodeComponent(segment);
      if (decoded === undefined) {
        problems.add('path');
        return segment;
      }
      return cleanString(decoded, 'path', problems);
    });

    // The query, pair by pair ('+' is a space, as Hono reads it).
    const query = new URLSearchParams();
    let queryChanged = false;
    for (const pair of url.search.slice(1).split('&')) {
      if (!pair) continue;
      const equals = pair.indexOf('=');
      const rawKey = (equals < 0 ? pair : pair.slice(0, equals)).replace(/\+/g, ' ');
      const rawValue = (equals < 0 ? '' : pair.slice(equals + 1)).replace(/\+/g, ' ');
      const key = decodeComponent(rawKey);
      const value = decodeComponent(rawValue);
      if (key === undefined || value === undefined) {
        problems.add(key !== undefined && isCleanText(key) ? key : 'query');
        continue;
      }
      const cleanKey = cleanString(key, 'query', problems);
      const cleanValue = cleanString(value, isCleanText(key) ? key : 'query', problems);
      queryChanged ||= cleanKey !== key || cleanValue !== value;
      query.append(cleanKey, cleanValue);
    }
    problems.throwIfAny();

    // The body, when the operation takes one.
    operations ??= bodyOperations(api);
    const operation = operations.find((o) => o.method === request.method && o.pattern.test(c.req.path));
    let body: BodyInit | undefined;
    let bodyChanged = false;
    if (operation) {
      const contentType = c.req.header('content-type');
      const { type, charset } = mediaTypeOf(contentType);
      if (!operation.mediaTypes.includes(type) || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')) {
        throw unsupportedMediaType(operation.mediaTypes);
      }
      const bytes = new Uint8Array(await request.arrayBuffer());
      if (type === 'application/json') {
        body = cleanJsonBody(bytes, problems);
        bodyChanged = true;
      } else if (type === 'multipart/form-data') {
        const clean = await cleanMultipartBody(bytes, contentType!, problems);
        body = clean ?? bytes;
        bodyChanged = clean !== undefined;
      } else {
        body = bytes;
      }
    }

    const cleanPath = segments.map((segment) => encodeURIComponent(segment)).join('/');
    const pathChanged = segments.some((segment, index) => segment !== decodeComponent(url.pathname.split('/')[index]!));
    if (!pathChanged && !queryChanged && body === undefined) return next();

    const target = new URL(url);
    if (pathChanged) target.pathname = cleanPath;
    if (queryChanged) target.search = query.toString();
    const headers = new Headers(request.headers);
    headers.delete('content-length');
    // A rebuilt multipart body gets a new boundary, hence its own Content-Type.
    if (bodyChanged && body instanceof FormData) headers.delete('content-type');
    const clean = new Request(target, { method: request.method, headers, body, signal: request.signal });
    // A different path must be routed again; a different query or body only replaces what the route will read.
    if (pathChanged) return api.fetch(clean, c.env);
    c.req.raw = clean;
    await next();
  });
}
