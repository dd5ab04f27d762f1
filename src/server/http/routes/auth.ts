import { createRoute } from '@hono/zod-openapi';
import { setCookie, deleteCookie } from 'hono/cookie';
import { CurrentUser, LoginRequest } from '../../../domain/schemas/auth.ts';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../openapi.ts';
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
    const session = await login(db, username, password, now());
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

