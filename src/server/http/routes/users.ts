import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses } from '../openapi.ts';
import { requirePasswordChange } from '../../services/auth-service.ts';

/** User administration. The screens come with the administration area; this is what exists today. */
export const userRoutes = createRouter().openapi(
  createRoute({
    method: 'post',
    path: '/users/{id}/require-password-change',
    tags: ['users'],
    summary: 'Administrator: the user must choose a new password before doing anything else',
    request: { params: z.object({ id: z.uuid('Mã người dùng không hợp lệ') }) },
    responses: {
      204: { description: 'The user will be asked at once (their sessions stay, every other call is refused until then)' },
      400: errorResponses[400],
      401: errorResponses[401],
      403: errorResponses[403],
      404: errorResponses[404],
    },
  }),
  async (c) => {
    await requirePasswordChange(c.get('deps').db, c.get('user'), c.req.valid('param').id);
    return c.body(null, 204);
  },
);
