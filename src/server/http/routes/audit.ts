import { createRoute } from '@hono/zod-openapi';
import { AuditPage, AuditQuery } from '../../../domain/schemas/audit.ts';
import { createRouter, errorResponses, jsonResponse } from '../openapi.ts';
import { allAuditEntries, listAudit } from '../../services/audit.ts';
import { auditWorkbook } from '../../services/audit-xlsx.ts';
import { xlsxContent, xlsxResponse } from './admin/xlsx.ts';

/** The audit log: the administrator and the chairperson read it; nobody changes it. */
export const auditRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/audit-log',
      tags: ['audit'],
      summary: 'The audit log, newest first, filtered by period, kind, person and text',
      request: { query: AuditQuery },
      responses: { 200: jsonResponse(AuditPage, 'A page of entries'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
    }),
    async (c) => c.json(await listAudit(c.get('deps').db, c.get('user'), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/audit-log.xlsx',
      tags: ['audit'],
      summary: 'The filtered audit log as an Excel workbook',
      request: { query: AuditQuery },
      responses: { 200: xlsxContent, 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const entries = await allAuditEntries(c.get('deps').db, c.get('user'), query);
      return xlsxResponse(await auditWorkbook(entries), `nhat-ky-he-thong${query.from ? `_${query.from}` : ''}${query.to ? `_${query.to}` : ''}.xlsx`);
    },
  );
