import { createRoute, z } from '@hono/zod-openapi';
import { queuesByRole } from '../../../domain/queues.ts';
import { DossierListQuery } from '../../../domain/schemas/dossier-query.ts';
import { QueueCounts, SavedView, SavedViewInput } from '../../../domain/schemas/views.ts';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../openapi.ts';
import { dossierConditions, keptCount, keptStatusCounts } from '../../services/dossier-filters.ts';
import { loadWorkingCalendar } from '../../services/calendar-service.ts';
import { conflict, notFound } from '../errors.ts';
import { message } from '../../../domain/messages.ts';

export const queueRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/queues',
      tags: ['queues'],
      summary: "Live counts of the user's work queues (for the navigation)",
      responses: { 200: jsonResponse(QueueCounts, 'One count per queue of the role'), 401: errorResponses[401] },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const user = c.get('user');
      const at = now();
      const calendar = await loadWorkingCalendar(db);
      // A queue of whole statuses (or every dossier) is a sum of the per-status counts the
      // same transactions keep; the others are narrow and counted from their indexes.
      const perStatus = await keptStatusCounts(db);
      const counts = [];
      for (const queue of queuesByRole[user.role]) {
        const conditions = dossierConditions(DossierListQuery.parse({ queue }), user, at, calendar);
        if (conditions.onlyStatuses) {
          counts.push({ queue, count: keptCount(conditions, perStatus) });
          continue;
        }
        const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM dossiers d ${conditions.where}`, conditions.params);
        counts.push({ queue, count: row!.n });
      }
      return c.json(counts, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/dossiers/by-code/{code}',
      tags: ['dossiers'],
      summary: 'Find a dossier by its code (a scanned QR/barcode)',
      request: { params: z.object({ code: z.string().trim().min(1).max(60) }) },
      responses: { 200: jsonResponse(z.object({ id: z.uuid(), code: z.string() }), 'The dossier'), 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404] },
    }),
    async (c) => {
      const code = c.req.valid('param').code.toUpperCase();
      const [row] = await c.get('deps').db.query<{ id: string; code: string }>('SELECT id, code FROM dossiers WHERE code = $1', [code]);
      if (!row) throw notFound(message('dossier_code_not_found', { code }));
      return c.json(row, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/saved-views',
      tags: ['queues'],
      summary: "The user's saved list views",
      responses: { 200: jsonResponse(z.array(SavedView), 'Saved views'), 401: errorResponses[401] },
    }),
    async (c) => {
      const rows = await c.get('deps').db.query<{ id: string; name: string; query: string; created_at: Date }>(
        'SELECT id, name, query, created_at FROM saved_views WHERE user_id = $1 ORDER BY name',
        [c.get('user').id],
      );
      return c.json(rows.map((r) => ({ id: r.id, name: r.name, query: r.query, createdAt: r.created_at.toISOString() })), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/saved-views',
      tags: ['queues'],
      summary: 'Save the current list filters under a name',
      request: { body: jsonBody(SavedViewInput) },
      responses: { 201: jsonResponse(SavedView, 'Saved'), 400: errorResponses[400], 401: errorResponses[401], 409: errorResponses[409] },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const input = c.req.valid('json');
      // Keep only what the list understands, so a saved view can never smuggle other parameters.
      const params = new URLSearchParams(input.query.replace(/^\?/, ''));
      const allowed = new Set(Object.keys(DossierListQuery.shape));
      for (const key of [...params.keys()]) if (!allowed.has(key) || key === 'page') params.delete(key);
      const [existing] = await db.query('SELECT 1 FROM saved_views WHERE user_id = $1 AND name = $2', [c.get('user').id, input.name]);
      if (existing) throw conflict(message('saved_view_name_taken'), 'duplicate_name');
      const [row] = await db.query<{ id: string; created_at: Date }>(
        'INSERT INTO saved_views (user_id, name, query, created_at) VALUES ($1, $2, $3, $4) RETURNING id, created_at',
        [c.get('user').id, input.name, params.toString(), now()],
      );
      return c.json({ id: row!.id, name: input.name, query: params.toString(), createdAt: row!.created_at.toISOString() }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/saved-views/{id}',
      tags: ['queues'],
      summary: 'Delete one of your saved views',
      request: { params: z.object({ id: z.uuid() }) },
      responses: { 204: { description: 'Deleted' }, 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404] },
    }),
    async (c) => {
      const rows = await c.get('deps').db.query('DELETE FROM saved_views WHERE id = $1 AND user_id = $2 RETURNING id', [c.req.valid('param').id, c.get('user').id]);
      if (!rows.length) throw notFound(message('saved_view_not_found'));
      return c.body(null, 204);
    },
  );
