import { createRoute, z } from '@hono/zod-openapi';
import { UnitSummary, UserQuery, UserSummary } from '../../../domain/schemas/directory.ts';
import { createRouter, errorResponses, jsonResponse } from '../openapi.ts';

/** Who and where: the pickers of hand over, assign and the filters need these. Active ones only. */
export const directoryRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/units',
      tags: ['directory'],
      summary: 'Active units: the centre, the departments and outside authorities',
      responses: { 200: jsonResponse(z.array(UnitSummary), 'Units'), 401: errorResponses[401] },
    }),
    async (c) => {
      const rows = await c.get('deps').db.query<{ id: string; code: string; name: string; short_name: string; kind: UnitSummary['kind'] }>(
        "SELECT id, code, name, short_name, kind FROM units WHERE active ORDER BY CASE kind WHEN 'centre' THEN 0 WHEN 'department' THEN 1 ELSE 2 END, name",
      );
      return c.json(rows.map((r) => ({ id: r.id, code: r.code, name: r.name, shortName: r.short_name, kind: r.kind })), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/users',
      tags: ['directory'],
      summary: 'Active staff, optionally by role and unit (no credentials)',
      request: { query: UserQuery },
      responses: { 200: jsonResponse(z.array(UserSummary), 'Users'), 400: errorResponses[400], 401: errorResponses[401] },
    }),
    async (c) => {
      const { role, unitId } = c.req.valid('query');
      const rows = await c.get('deps').db.query<{ id: string; full_name: string; title: string; role: UserSummary['role']; unit_id: string; phone: string | null }>(
        `SELECT id, full_name, title, role, unit_id, phone FROM users
         WHERE active AND ($1::text IS NULL OR role = $1) AND ($2::uuid IS NULL OR unit_id = $2::uuid)
         ORDER BY full_name`,
        [role ?? null, unitId ?? null],
      );
      return c.json(rows.map((r) => ({ id: r.id, fullName: r.full_name, title: r.title, role: r.role, unitId: r.unit_id, phone: r.phone })), 200);
    },
  );
