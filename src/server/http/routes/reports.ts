import { createRoute, z } from '@hono/zod-openapi';
import { Overview, PeriodQuery, RegisterQuery, RegisterRow } from '../../../domain/schemas/reports.ts';
import { mayOpenReport, type ReportScreen } from '../../../domain/reports.ts';
import { createRouter, errorResponses, fileResponse, jsonResponse } from '../openapi.ts';
import { forbidden } from '../errors.ts';
import { computeOverview } from '../../services/overview.ts';
import { registerRows } from '../../services/register.ts';
import { registerWorkbook } from '../../services/register-xlsx.ts';
import type { CurrentUser } from '../../../domain/schemas/auth.ts';
import { message, type Message } from '../../../domain/messages.ts';

function requireReport(user: CurrentUser, report: ReportScreen, detail: Message) {
  if (!mayOpenReport(user.role, report)) throw forbidden(detail);
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const reportRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/overview',
      tags: ['reports'],
      summary: "The chairperson's overview and the Decision 766 figures for a period",
      request: { query: PeriodQuery },
      responses: { 200: jsonResponse(Overview, 'Overview'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
    }),
    async (c) => {
      const user = c.get('user');
      requireReport(user, 'overview', message('overview_forbidden'));
      const { db, now } = c.get('deps');
      return c.json(await computeOverview(db, c.req.valid('query'), user, now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/register',
      tags: ['reports'],
      summary: 'The tracking register (form 07) for a period',
      request: { query: RegisterQuery },
      responses: { 200: jsonResponse(z.array(RegisterRow), 'Register rows'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
    }),
    async (c) => {
      requireReport(c.get('user'), 'register', message('register_forbidden'));
      return c.json(await registerRows(c.get('deps').db, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/register.xlsx',
      tags: ['reports'],
      summary: 'The tracking register (form 07) as an Excel workbook',
      request: { query: RegisterQuery },
      responses: {
        200: fileResponse([xlsxType], 'The workbook, as a download'),
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
      },
    }),
    async (c) => {
      requireReport(c.get('user'), 'register', message('register_forbidden'));
      const { db } = c.get('deps');
      const query = c.req.valid('query');
      const rows = await registerRows(db, query);
      const [setting] = await db.query<{ value: { peoplesCommittee: string } }>("SELECT value FROM settings WHERE key = 'centre'");
      const [centre] = await db.query<{ name: string }>("SELECT name FROM units WHERE kind = 'centre' ORDER BY created_at LIMIT 1");
      const bytes = await registerWorkbook(rows, {
        peoplesCommittee: setting?.value.peoplesCommittee ?? '',
        centreName: (centre?.name ?? '').toUpperCase(),
        from: query.from,
        to: query.to,
      });
      const fileName = `so-theo-doi-ho-so_${query.from}_${query.to}.xlsx`;
      return new Response(bytes, {
        status: 200,
        headers: {
          'content-type': xlsxType,
          'content-disposition': `attachment; filename="${fileName}"`,
        },
      });
    },
  );
