import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { PublicDossier, PublicLookupRequest, PublicRatingRequest } from '../../../domain/schemas/public-lookup.ts';
import { LOOKUPS_PER_MINUTE } from '../../../domain/public-lookup.ts';
import type { ApiEnv } from '../context.ts';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../openapi.ts';
import { address } from './auth.ts';
import { takeRequest } from '../../services/request-throttle.ts';
import { lookupDossier, rateFromLookup } from '../../services/public-lookup.ts';

const throttled = { description: `More than ${LOOKUPS_PER_MINUTE} lookups a minute from this address; see Retry-After`, content: errorResponses[400].content };
const apiKeyNote =
  'No account needed. The portal may send its X-Api-Key (MOTCUA_PORTAL_KEY): its calls are not limited per address, since they all come from the portal\'s own server.';

/** Lookups and ratings count together per client address (the portal's key is exempt; in-page hosts have no address). */
async function throttle(c: Context<ApiEnv>) {
  if (c.get('portal')) return;
  const client = address(c);
  if (!client) return;
  const { db, now } = c.get('deps');
  await takeRequest(db, `lookup:${client}`, LOOKUPS_PER_MINUTE, 60_000, now());
}

export const publicRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/public/lookup',
      tags: ['public'],
      summary: 'Look a dossier up with the code on its receipt and the last 4 digits of the applicant\'s phone or ID number',
      description: `${apiKeyNote} The same 404 answers a code that does not exist and digits that do not match. The answer names units, never people, and carries no ID number, phone or address.`,
      request: { body: jsonBody(PublicLookupRequest) },
      responses: {
        200: jsonResponse(PublicDossier, 'The dossier as the public sees it'),
        400: errorResponses[400],
        401: errorResponses[401],
        404: errorResponses[404],
        429: throttled,
      },
    }),
    async (c) => {
      await throttle(c);
      return c.json(await lookupDossier(c.get('deps').db, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/public/ratings',
      tags: ['public'],
      summary: 'The applicant rates the service (1–5 and a comment), once per dossier, after the result is returned',
      description: `${apiKeyNote} Checked like a lookup (code and digits); 409 when the result is not returned yet or the dossier is already rated.`,
      request: { body: jsonBody(PublicRatingRequest) },
      responses: {
        200: jsonResponse(PublicDossier, 'The dossier, rated'),
        400: errorResponses[400],
        401: errorResponses[401],
        404: errorResponses[404],
        409: errorResponses[409],
        429: throttled,
      },
    }),
    async (c) => {
      await throttle(c);
      const { db, now } = c.get('deps');
      return c.json(await rateFromLookup(db, c.req.valid('json'), now()), 200);
    },
  );
