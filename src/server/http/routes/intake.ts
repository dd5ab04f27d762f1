import { createRoute, z } from '@hono/zod-openapi';
import { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { IntakeSlip, IntakeSlipRequest } from '../../../domain/schemas/intake.ts';
import { ReceiveDossierRequest } from '../../../domain/schemas/intake.ts';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../openapi.ts';
import { receiveDossier } from '../../services/receive-dossier.ts';
import { createIntakeSlip, getIntakeSlip } from '../../services/intake-slips.ts';


export const intakeRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/dossiers',
      tags: ['intake'],
      summary: 'Receive a walk-in or postal dossier at the desk (form 01)',
      request: { body: jsonBody(ReceiveDossierRequest) },
      responses: {
        201: jsonResponse(DossierDetail, 'The received dossier, with its code and appointment'),
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
      },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await receiveDossier(db, c.req.valid('json'), c.get('user'), now()), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/intake-slips',
      tags: ['intake'],
      summary: 'Log the guidance (form 02) or refusal (form 03) given to a walk-in; no dossier is created',
      request: { body: jsonBody(IntakeSlipRequest) },
      responses: { 201: jsonResponse(IntakeSlip, 'The numbered slip'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await createIntakeSlip(db, c.req.valid('json'), c.get('user'), now()), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/intake-slips/{id}',
      tags: ['intake'],
      summary: 'One guidance or refusal slip, for printing',
      request: { params: z.object({ id: z.uuid() }) },
      responses: { 200: jsonResponse(IntakeSlip, 'The slip'), 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404] },
    }),
    async (c) => c.json(await getIntakeSlip(c.get('deps').db, c.req.valid('param').id), 200),
  );
