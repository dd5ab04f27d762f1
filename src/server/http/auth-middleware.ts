import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import type { ApiEnv } from './context.ts';
import { HttpError, unauthorized } from './errors.ts';
import { message } from '../../domain/messages.ts';
import { findSessionUser, SESSION_COOKIE, SESSION_HEADER } from '../services/auth-service.ts';

const publicPaths = new Set(['/api/health', '/api/auth/login', '/api/openapi.json']);
/** Paths the portal may call with its API key instead of a staff session. */
const portalPaths = (path: string) => path.startsWith('/api/portal/') || path === '/api/appointment';

function sameSecret(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
}

/** Every /api route needs a live session except the few public ones and the portal's. */
export const requireSession = createMiddleware<ApiEnv>(async (c, next) => {
  if (publicPaths.has(c.req.path)) return next();
  const { db, now, portalApiKey, sessionTransport } = c.get('deps');
  const apiKey = c.req.header('x-api-key');
  if (portalPaths(c.req.path) && apiKey !== undefined) {
    if (!portalApiKey || !sameSecret(apiKey, portalApiKey)) {
      throw new HttpError(401, 'invalid_api_key', message('portal_key_invalid'));
    }
    return next();
  }
  if (c.req.path.startsWith('/api/portal/')) {
    throw new HttpError(401, 'invalid_api_key', message('portal_key_missing'));
  }
  const token = sessionTransport === 'header' ? c.req.header(SESSION_HEADER) : getCookie(c, SESSION_COOKIE);
  if (!token) throw unauthorized();
  const session = await findSessionUser(db, token, now());
  if (!session) throw unauthorized();
  c.set('user', session.user);
  c.set('sessionTokenHash', session.tokenHash);
  await next();
});
