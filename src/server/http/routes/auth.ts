import { createRoute } from '@hono/zod-openapi';
import { setCookie, deleteCookie } from 'hono/cookie';
import { CurrentUser, LoginRequest } from '../../../domain/schemas/auth.ts';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../openapi.ts';
import { HttpError } from '../errors.ts';
import { appendAudit } from '../../services/audit.ts';
import { login, logout, SESSION_COOKIE, SESSION_HEADER } from '../../services/auth-service.ts';

const loginRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['auth'],
  summary: 'Log in; sets the httpOnly session cookie',
  request: { body: jsonBody(LoginRequest) },
  responses: { 200: jsonResponse(CurrentUser, 'Logged in'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['auth'],
  summary: 'End the session',
  responses: { 204: { description: 'Logged out' }, 401: errorResponses[401] },
});

const meRoute = createRoute({
  method: 'get',
  path: '/auth/me',
  tags: ['auth'],
  summary: 'The logged-in user',
  responses: { 200: jsonResponse(CurrentUser, 'The current user'), 401: errorResponses[401] },
});

export const authRoutes = createRouter()
  .openapi(loginRoute, async (c) => {
    const { username, password } = c.req.valid('json');
    const { db, now } = c.get('deps');
    const at = now();
    const session = await login(db, username, password, at).catch(async (error: unknown) => {
      // Failed sign-ins are logged with the username typed (known or not), then refused as before.
      if (error instanceof HttpError) {
        await appendAudit(db, { at, actor: { username }, action: 'auth.sign_in_failed', entity: 'session', entityLabel: username, details: { reason: error.code } });
      }
      throw error;
    });
    await appendAudit(db, { at, actor: session.user, action: 'auth.sign_in', entity: 'session', entityId: session.user.id, entityLabel: session.user.username });
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: new URL(c.req.url).protocol === 'https:',
      expires: session.expiresAt,
    });
    if (c.get('deps').sessionTransport === 'header') c.header(SESSION_HEADER, session.token);
    return c.json(session.user, 200);
  })
  .openapi(logoutRoute, async (c) => {
    await logout(c.get('deps').db, c.get('sessionTokenHash'));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    if (c.get('deps').sessionTransport === 'header') c.header(SESSION_HEADER, '');
    return c.body(null, 204);
  })
  .openapi(meRoute, (c) => c.json(c.get('user'), 200));

