import { createRoute, z } from '@hono/zod-openapi';
import { DossierDetail, DossierListResponse } from '../../../domain/schemas/dossier.ts';
import { DossierListQuery } from '../../../domain/schemas/dossier-query.ts';
import { createRouter, errorResponses, jsonResponse } from '../openapi.ts';
import { getDossier, listDossiers } from '../../services/dossier-queries.ts';
import { recordPersonalDataView } from '../../services/audit.ts';

const listRoute = createRoute({
  method: 'get',
  path: '/dossiers',
  tags: ['dossiers'],
  summary: 'List dossiers, paginated on the server',
  request: { query: DossierListQuery },
  responses: { 200: jsonResponse(DossierListResponse, 'A page of dossiers'), 400: errorResponses[400], 401: errorResponses[401] },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/dossiers/{id}',
  tags: ['dossiers'],
  summary: 'One dossier with its documents and full event history',
  request: { params: z.object({ id: z.uuid() }) },
  responses: {
    200: jsonResponse(DossierDetail, 'The dossier'),
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

export const dossierRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const { db, now } = c.get('deps');
    return c.json(await listDossiers(db, c.req.valid('query'), c.get('user'), now()), 200);
  })
  .openapi(detailRoute, async (c) => {
    const { db, now } = c.get('deps');
    const at = now();
    const dossier = await getDossier(db, c.req.valid('param').id, at, c.get('user'));
    // Decree 13/2023: who opened which applicant's personal data, and when.
    await recordPersonalDataView(db, c.get('user'), { id: dossier.id, code: dossier.code, applicantName: dossier.applicant.name }, 'dossier', at);
    return c.json(dossier, 200);
  });
