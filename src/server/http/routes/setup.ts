import { createRoute } from '@hono/zod-openapi';
import { CurrentUser } from '../../../domain/schemas/auth.ts';
import { SetupRequest, SetupStatus } from '../../../domain/schemas/setup.ts';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../openapi.ts';
import { setupNeeded } from '../../services/setup-status.ts';
import { completeSetup } from '../../services/setup.ts';
import { address, setSessionCookie } from './auth.ts';

/** The first-run setup: open (without a session) while the installation has no administrator. */
export const setupRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/setup',
      tags: ['setup'],
      summary: 'Whether the installation waits for its first-run setup',
      responses: { 200: jsonResponse(SetupStatus, 'The status') },
    }),
    async (c) => {
      const { db, setupCode } = c.get('deps');
      return c.json({ needed: await setupNeeded(db), codeRequired: setupCode !== undefined }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/setup',
      tags: ['setup'],
      summary: "Set the centre's identity and the first administrator (the code printed at start), who is then signed in",
      request: { body: jsonBody(SetupRequest) },
      responses: { 200: jsonResponse(CurrentUser, 'Signed in as the new administrator'), 400: errorResponses[400], 409: errorResponses[409] },
    }),
    async (c) => {
      const { db, now, setupCode } = c.get('deps');
      const session = await completeSetup(db, c.req.valid('json'), { setupCode, address: address(c) }, now());
      setSessionCookie(c, session.token, session.expiresAt);
      return c.json(session.user, 200);
    },
  );
