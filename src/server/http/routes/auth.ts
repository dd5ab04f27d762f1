import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { setCookie, deleteCookie } from 'hono/cookie';
import { ChangePasswordRequest, CurrentUser, LoginRequest } from '../../../domain/schemas/auth.ts';
import type { ApiEnv } from '../context.ts';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../openapi.ts';
import { clientAddress, isHttps } from '../client-request.ts';
import {
  changePassword,
  login,
  logout,
  logoutEverywhere,
  SECURE_SESSION_COOKIE,
  SESSION_COOKIE,
  SESSION_HEADER,
} from '../../services/auth-service.ts';

const throttled = { description: 'Too many failed attempts; see Retry-After', content: errorResponses[400].content };

const loginRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['auth'],
  summary: 'Log in; sets the httpOnly session cookie (throttled per username and per address)',
  request: { body: jsonBody(LoginRequest) },
  responses: {
    200: jsonResponse(CurrentUser, 'Logged in'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    429: throttled,
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['auth'],
  summary: 'End the session',
  responses: { 204: { description: 'Logged out' }, 401: errorResponses[401] },
});

const logoutAllRoute = createRoute({
  method: 'post',
  path: '/auth/logout-all',
  tags: ['auth'],
  summary: 'End every session of the user, on every device, this one included',
  responses: { 204: { description: 'Logged out everywhere' }, 401: errorResponses[401] },
});

const meRoute = createRoute({
  method: 'get',
  path: '/auth/me',
  tags: ['auth'],
  summary: 'The logged-in user',
  responses: { 200: jsonResponse(CurrentUser, 'The current user'), 401: errorResponses[401] },
});

const passwordRoute = createRoute({
  method: 'post',
  path: '/auth/password',
  tags: ['auth'],
  summary: "Change one's own password (current + new); the user's other sessions end",
  request: { body: jsonBody(ChangePasswordRequest) },
  responses: {
    200: jsonResponse(CurrentUser, 'Changed'),
    400: errorResponses[400],
    401: errorResponses[401],
    429: throttled,
  },
});

function trustedProxies(c: Context<ApiEnv>): number {
  return c.get('deps').trustedProxies ?? 0;
}

/** The client's address as far as the trusted proxies tell (for the throttle and the audit log). */
export function address(c: Context<ApiEnv>): string | undefined {
  return clientAddress(c, trustedProxies(c), c.get('deps').peerAddress?.(c));
}

/** Over HTTPS (directly or behind a trusted proxy) the cookie is Secure and __Host- prefixed. */
export function setSessionCookie(c: Context<ApiEnv>, token: string, expires: Date) {
  const options = { httpOnly: true, sameSite: 'Lax', path: '/', expires } as const;
  if (isHttps(c, trustedProxies(c))) setCookie(c, SECURE_SESSION_COOKIE, token, { ...options, secure: true });
  else setCookie(c, SESSION_COOKIE, token, options);
  if (c.get('deps').sessionTransport === 'header') c.header(SESSION_HEADER, token);
}

function clearSessionCookie(c: Context<ApiEnv>) {
  if (isHttps(c, trustedProxies(c))) deleteCookie(c, SECURE_SESSION_COOKIE, { path: '/', secure: true });
  else deleteCookie(c, SESSION_COOKIE, { path: '/' });
  if (c.get('deps').sessionTransport === 'header') c.header(SESSION_HEADER, '');
}

export const authRoutes = createRouter()
  .openapi(loginRoute, async (c) => {
    const { username, password } = c.req.valid('json');
    const { db, now } = c.get('deps');
    const session = await login(db, { username, password, address: address(c) }, now());
    setSessionCookie(c, session.token, session.expiresAt);
    return c.json(session.user, 200);
  })
  .openapi(logoutRoute, async (c) => {
    await logout(c.get('deps').db, c.get('sessionTokenHash'));
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .openapi(logoutAllRoute, async (c) => {
    await logoutEverywhere(c.get('deps').db, c.get('user').id);
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .openapi(meRoute, (c) => c.json(c.get('user'), 200))
  .openapi(passwordRoute, async (c) => {
    const { db, now } = c.get('deps');
    const user = await changePassword(db, c.get('user'), c.get('sessionTokenHash'), { ...c.req.valid('json'), address: address(c) }, now());
    return c.json(user, 200);
  });
