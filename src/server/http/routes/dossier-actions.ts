import { createRoute, z } from '@hono/zod-openapi';
import { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { RowVersion } from '../../../domain/schemas/common.ts';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../openapi.ts';
import { staffActions } from '../../services/actions/registry.ts';
import { performAction, performBulkAction } from '../../services/actions/perform-action.ts';
import { approve, assign } from '../../services/actions/lifecycle-actions.ts';
import { messageCode } from '../../../domain/messages.ts';

const Version = z.object({
  version: z.number({ error: messageCode('version_required') }).int().min(1).meta({ description: 'The dossier version the user saw; a stale one gets 409' }),
});

/** One route per action, each documented with its own body schema. */
export const dossierActionRoutes = createRouter();
for (const handler of staffActions) {
  const body = Version.and(handler.input as z.ZodType<Record<string, unknown>>);
  dossierActionRoutes.openapi(
    createRoute({
      method: 'post',
      path: `/dossiers/{id}/actions/${handler.action}`,
      tags: ['dossier actions'],
      summary: handler.summary,
      request: { params: z.object({ id: z.uuid() }), body: jsonBody(body) },
      responses: {
        200: jsonResponse(DossierDetail, 'The dossier after the action'),
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
        404: errorResponses[404],
        409: errorResponses[409],
      },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const { version, ...rest } = c.req.valid('json') as { version: number } & Record<string, unknown>;
      const dossier = await performAction(db, {
        dossierId: c.req.valid('param').id,
        handler,
        version,
        body: rest,
        actor: c.get('user'),
        now: now(),
      });
      return c.json(dossier, 200);
    },
  );
}

const BulkItems = z
  .array(z.object({ id: z.uuid(), version: RowVersion }))
  .min(1, messageCode('dossiers_required'))
  .max(100, messageCode('dossiers_too_many'));
const BulkResult = z.object({ updated: z.number().int() });
const bulkResponses = {
  200: jsonResponse(BulkResult, 'All dossiers updated (all or nothing)'),
  400: errorResponses[400],
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
  409: errorResponses[409],
};

dossierActionRoutes
  .openapi(
    createRoute({
      method: 'post',
      path: '/dossiers/bulk/assign',
      tags: ['dossier actions'],
      summary: "Assign several dossiers of the department's queue to one handler (one transaction)",
      request: { body: jsonBody(z.object({ handlerId: z.uuid(messageCode('handler_required')), note: z.string().max(1000).default(''), items: BulkItems })) },
      responses: bulkResponses,
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const { handlerId, note, items } = c.req.valid('json');
      const at = now();
      await performBulkAction(
        db,
        items.map((item) => ({ dossierId: item.id, handler: assign, version: item.version, body: { handlerId, note }, actor: c.get('user'), now: at })),
      );
      return c.json({ updated: items.length }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/dossiers/bulk/approve',
      tags: ['dossier actions'],
      summary: 'Approve several results from the approval queue (one transaction)',
      request: { body: jsonBody(z.object({ note: z.string().max(1000).default(''), items: BulkItems })) },
      responses: bulkResponses,
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const { note, items } = c.req.valid('json');
      const at = now();
      await performBulkAction(
        db,
        items.map((item) => ({ dossierId: item.id, handler: approve, version: item.version, body: { note }, actor: c.get('user'), now: at })),
      );
      return c.json({ updated: items.length }, 200);
    },
  );
