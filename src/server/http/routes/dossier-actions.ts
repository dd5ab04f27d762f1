import { createRoute, z } from '@hono/zod-openapi';
import { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../openapi.ts';
import { staffActions } from '../../services/actions/registry.ts';
import { performAction } from '../../services/actions/perform-action.ts';

const Version = z.object({
  version: z.number({ error: 'Thiếu phiên bản hồ sơ' }).int().min(1).meta({ description: 'The dossier version the user saw; a stale one gets 409' }),
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
      request: { params: z.object({ id: z.uuid('Mã định danh hồ sơ không hợp lệ') }), body: jsonBody(body) },
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
