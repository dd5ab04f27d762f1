import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import type { Context } from 'hono';
import type { ApiEnv } from './context.ts';
import { HttpError, unauthorized } from './errors.ts';
import { isHttps } from './client-request.ts';
import { findSessionUser, SECURE_SESSION_COOKIE, SESSION_COOKIE, SESSION_HEADER } from '../services/auth-service.ts';
import { message } from '../../domain/messages.ts';

const publicPaths = new Set(['/api/health', '/api/auth/login', '/api/openapi.json', '/api/setup']);
/** Citizens' routes: no account; the portal may call them with its key. */
const citizenPaths = (path: string) => path.startsWith('/api/public/');
/** Paths the portal may call with its API key instead of a staff session. */
const portalPaths = (path: string) => path.startsWith('/api/portal/') || path === '/api/appointment';
/** What a user who must choose a new password may still do. */
const allowedBeforePasswordChange = new Set(['GET /api/auth/me', 'POST /api/auth/password', 'POST /api/auth/logout', 'POST /api/auth/logout-all']);

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
}

/**
 * The session token of the request. Over HTTPS only the `__Host-` cookie counts: a cookie
 * without the prefix could have been planted over plain HTTP by someone on the network.
 */
export function sessionToken(c: Context<ApiEnv>): string | undefined {
  if (c.get('deps').sessionTransport === 'header') return c.req.header(SESSION_HEADER);
  return isHttps(c, c.get('deps').trustedProxies ?? 0) ? getCookie(c, SECURE_SESSION_COOKIE) : getCookie(c, SESSION_COOKIE);
}

/** Every /api route needs a live session except the few public ones and the portal's. */
export const requireSession = createMiddleware<ApiEnv>(async (c, next) => {
  if (publicPaths.has(c.req.path)) return next();
  const { db, now, portalApiKey } = c.get('deps');
  const apiKey = c.req.header('x-api-key');
  if (citizenPaths(c.req.path)) {
    if (apiKey !== undefined && (!portalApiKey || !sameSecret(apiKey, portalApiKey))) {
      throw new HttpError(401, 'invalid_api_key', message('portal_key_invalid'));
    }
    c.set('portal', apiKey !== undefined);
    return next();
  }
  if (portalPaths(c.req.path) && apiKey !== undefined) {
    if (!portalApiKey || !sameSecret(apiKey, portalApiKey)) {
      throw new HttpError(401, 'invalid_api_key', message('portal_key_invalid'));
    }
    return next();
  }
  if (c.req.path.startsWith('/api/portal/')) {
    throw new HttpError(401, 'invalid_api_key', message('portal_key_missing'));
  }
  const token = sessionToken(c);
  if (!token) throw unauthorized();
  const session = await findSessionUser(db, token, now());
  if (!session) throw unauthorized();
  if (session.user.mustChangePassword && !allowedBeforePasswordChange.has(`${c.req.method} ${c.req.path}`)) {
    throw new HttpError(403, 'password_change_required', message('password_change_required'));
  }
  c.set('user', session.user);
  c.set('sessionTokenHash', session.tokenHash);
  await next();
});
