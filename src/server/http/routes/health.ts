import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, jsonResponse } from '../openapi.ts';

const Health = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), time: z.string() });

export const healthRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/health',
    tags: ['system'],
    summary: 'Liveness and database check',
    responses: { 200: jsonResponse(Health, 'The API and its database answer') },
  }),
  async (c) => {
    const { db, now } = c.get('deps');
    await db.query('SELECT 1');
    return c.json({ status: 'ok' as const, database: db.kind, time: now().toISOString() }, 200);
  },
);
