import { OpenAPIHono } from '@hono/zod-openapi';
import { ApiErrorBody } from '../../domain/schemas/common.ts';
import type { ApiEnv } from './context.ts';
import { validationError } from './errors.ts';

/** A router whose request validation failures become our 400 `{ error, message, fields }`. */
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
  400: { description: 'Dữ liệu không hợp lệ', content: errorContent },
  401: { description: 'Chưa đăng nhập', content: errorContent },
  403: { description: 'Không có quyền', content: errorContent },
  404: { description: 'Không tìm thấy', content: errorContent },
  409: { description: 'Xung đột trạng thái hoặc phiên bản', content: errorContent },
} as const;

export function jsonBody<T>(schema: T, description = '') {
  return { content: { 'application/json': { schema } }, description, required: true } as const;
}

export function jsonResponse<T>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description } as const;
}
