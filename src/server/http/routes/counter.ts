import { createRoute, z } from '@hono/zod-openapi';
import { AwaitingRating, CounterDossier } from '../../../domain/schemas/ratings.ts';
import { createRouter, errorResponses, jsonResponse } from '../openapi.ts';
import { awaitingRating, counterDossier } from '../../services/counter.ts';

export const counterRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/counter/awaiting-rating',
      tags: ['counter'],
      summary: 'The counter tablet: the dossier the signed-in desk officer handed over in the last minutes, not yet rated',
      responses: { 200: jsonResponse(AwaitingRating, 'The dossier, or null'), 401: errorResponses[401], 403: errorResponses[403] },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json({ dossier: await awaitingRating(db, c.get('user'), now()) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/counter/dossiers/{id}',
      tags: ['counter'],
      summary: 'The counter tablet: one dossier to rate (its code and procedure only)',
      request: { params: z.object({ id: z.uuid() }) },
      responses: {
        200: jsonResponse(CounterDossier, 'The dossier'),
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { db } = c.get('deps');
      return c.json(await counterDossier(db, c.get('user'), c.req.valid('param').id), 200);
    },
  );
