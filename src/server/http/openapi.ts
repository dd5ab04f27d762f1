import { OpenAPIHono, z } from '@hono/zod-openapi';
import { ApiErrorBody } from '../../domain/schemas/common.ts';
import type { ApiEnv } from './context.ts';
import { validationError } from './errors.ts';

/** A router whose request validation failures become our 400 `{ error, code, message, fields }`. */
export function createRouter() {
  return new OpenAPIHono<ApiEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
}

const errorContent = { 'application/json': { schema: ApiErrorBody } };

/** Standard error responses for route definitions. */
export const errorResponses = {
  400: { description: 'Invalid input: field messages in `fields`', content: errorContent },
  401: { description: 'Not signed in', content: errorContent },
  403: { description: 'Not allowed', content: errorContent },
  404: { description: 'Not found', content: errorContent },
  409: { description: 'Status or version conflict', content: errorContent },
  413: { description: 'The request or file is too large', content: errorContent },
  415: { description: 'Not a PDF, JPEG or PNG file', content: errorContent },
} as const;

export function jsonBody<T>(schema: T, description = '') {
  return { content: { 'application/json': { schema } }, description, required: true } as const;
}

export function jsonResponse<T>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description } as const;
}

/** The bytes of a file, in one of `mediaTypes` (a client reads it as a Blob). */
export const Binary = z.any().openapi({ type: 'string', format: 'binary' });

/** A file response: the document lists every type the route may answer with. */
export function fileResponse(mediaTypes: readonly string[], description: string) {
  return { content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: Binary }])), description };
}
