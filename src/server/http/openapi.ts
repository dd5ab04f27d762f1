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

/** The error answers routes share, each a response of the document with the one `ApiError` body. */
const errorResponseComponents = {
  BadRequest: 'Invalid input: field messages in `fields`',
  Unauthorized: 'Not signed in',
  Forbidden: 'Not allowed',
  NotFound: 'Not found',
  Conflict: 'Status or version conflict',
  PayloadTooLarge: 'The request or file is too large',
  UnsupportedMediaType: 'Not a PDF, JPEG or PNG file',
} as const;

const errorRef = (name: keyof typeof errorResponseComponents) => ({ $ref: `#/components/responses/${name}` });

/** Standard error responses for route definitions, by status. */
export const errorResponses = {
  400: errorRef('BadRequest'),
  401: errorRef('Unauthorized'),
  403: errorRef('Forbidden'),
  404: errorRef('NotFound'),
  409: errorRef('Conflict'),
  413: errorRef('PayloadTooLarge'),
  415: errorRef('UnsupportedMediaType'),
};

/** Puts the error body and the shared error responses in the API's document (once, on the app). */
export function registerErrorResponses(api: OpenAPIHono<ApiEnv>) {
  api.openAPIRegistry.register('ApiError', ApiErrorBody);
  for (const [name, description] of Object.entries(errorResponseComponents)) {
    api.openAPIRegistry.registerComponent('responses', name, {
      description,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
    });
  }
}

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
