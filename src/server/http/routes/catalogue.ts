import { createRoute, z } from '@hono/zod-openapi';
import { AppointmentQuery, AppointmentResponse, CentreSettings, FieldSummary, ProcedureSchema } from '../../../domain/schemas/catalogue.ts';
import { createRouter, errorResponses, jsonResponse } from '../openapi.ts';
import { getProcedure, listProcedures } from '../../services/procedures.ts';
import { loadWorkingCalendar } from '../../services/calendar-service.ts';
import { loadCentreSettings } from '../../services/settings.ts';

export const catalogueRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/procedures',
      tags: ['catalogue'],
      summary: 'Procedures in force today, with their document checklists',
      responses: { 200: jsonResponse(z.array(ProcedureSchema), 'The catalogue'), 401: errorResponses[401] },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const calendar = await loadWorkingCalendar(db);
      return c.json(await listProcedures(db, calendar.localDate(now())), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/fields',
      tags: ['catalogue'],
      summary: 'The fields (lĩnh vực) procedures are grouped by, by name',
      responses: { 200: jsonResponse(z.array(FieldSummary), 'Fields'), 401: errorResponses[401] },
    }),
    async (c) => {
      const rows = await c.get('deps').db.query<FieldSummary>('SELECT id, code, name FROM fields');
      return c.json(rows.sort((a, b) => a.name.localeCompare(b.name, 'vi')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/appointment',
      tags: ['catalogue'],
      summary: 'The appointment (ngày hẹn trả) for a receipt instant, from the calendar and settings in the database',
      description: 'Pass `procedure` (national code), or `unit` and `amount`. Staff session or the portal API key.',
      request: { query: AppointmentQuery },
      responses: { 200: jsonResponse(AppointmentResponse, 'The appointment'), 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404] },
    }),
    async (c) => {
      const { db } = c.get('deps');
      const query = c.req.valid('query');
      const receivedAt = new Date(query.receivedAt);
      const calendar = await loadWorkingCalendar(db);
      const duration = query.procedure
        ? await getProcedure(db, { code: query.procedure }, calendar.localDate(receivedAt)).then((p) => ({ unit: p.durationUnit, amount: p.durationAmount }))
        : { unit: query.unit!, amount: query.amount ?? 0 };
      return c.json({ appointmentAt: calendar.appointment(receivedAt, duration).toISOString() }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/settings/centre',
      tags: ['catalogue'],
      summary: 'The centre and commune names and codes printed on the official forms',
      responses: { 200: jsonResponse(CentreSettings, 'Print header data'), 401: errorResponses[401] },
    }),
    async (c) => {
      return c.json(await loadCentreSettings(c.get('deps').db), 200);
    },
  );
