import { createRoute, z } from '@hono/zod-openapi';
import { PortalCompletion, PortalSubmission, PortalSubmissionResponse } from '../../../domain/schemas/portal.ts';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../openapi.ts';
import { completePortalSubmission, receivePortalSubmission } from '../../services/portal-submissions.ts';
import { PortalPayment, PortalPaymentResponse } from '../../../domain/schemas/fees.ts';
import { receivePortalPayment } from '../../services/portal-payments.ts';

const ApiKeyHeader = z.object({ 'x-api-key': z.string().meta({ description: 'The portal API key (MOTCUA_PORTAL_KEY)' }) });

export const portalRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/portal/submissions',
      tags: ['portal'],
      summary: 'A dossier submitted online or by post arrives in the intake queue (idempotent on submissionId)',
      request: { headers: ApiKeyHeader, body: jsonBody(PortalSubmission) },
      responses: {
        200: jsonResponse(PortalSubmissionResponse, 'Already delivered: the existing dossier'),
        201: jsonResponse(PortalSubmissionResponse, 'Created, awaiting intake'),
        400: errorResponses[400],
        401: errorResponses[401],
      },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const result = await receivePortalSubmission(db, c.req.valid('json'), now());
      return result.created ? c.json(result, 201) : c.json(result, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/portal/submissions/{submissionId}/documents',
      tags: ['portal'],
      summary: 'The applicant delivers the documents the desk asked for; the dossier returns to the intake queue',
      request: { headers: ApiKeyHeader, params: z.object({ submissionId: z.string().min(1).max(100) }), body: jsonBody(PortalCompletion) },
      responses: {
        200: jsonResponse(PortalSubmissionResponse, 'Back in the intake queue'),
        400: errorResponses[400],
        401: errorResponses[401],
        404: errorResponses[404],
        409: errorResponses[409],
      },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await completePortalSubmission(db, c.req.valid('param').submissionId, c.req.valid('json'), now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/portal/payments',
      tags: ['portal'],
      summary: 'A fee paid online on the portal (idempotent on transactionId: the same report again changes nothing)',
      description:
        'The dossier shows it as paid online. The same transaction id with another dossier, amount or time is a 409; a payment more than what is owed is a 400 on `amount`; a dossier already paid in full or without a fee is a 409.',
      request: { headers: ApiKeyHeader, body: jsonBody(PortalPayment) },
      responses: {
        200: jsonResponse(PortalPaymentResponse, 'Already reported: the payment recorded then'),
        201: jsonResponse(PortalPaymentResponse, 'Recorded'),
        400: errorResponses[400],
        401: errorResponses[401],
        404: errorResponses[404],
        409: errorResponses[409],
      },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const result = await receivePortalPayment(db, c.req.valid('json'), now());
      return result.created ? c.json(result, 201) : c.json(result, 200);
    },
  );
