import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import type { ApiEnv } from './context.ts';
import { unauthorized } from './errors.ts';
import { findSessionUser, SESSION_COOKIE } from '../services/auth-service.ts';

const publicPaths = new Set(['/api/health', '/api/auth/login', '/api/openapi.json']);

/** Every /api route needs a live session except the few public ones. */
export const requireSession = createMiddleware<ApiEnv>(async (c, next) => {
  if (publicPaths.has(c.req.path)) return next();
  const token = getCookie(c, SESSION_COOKIE);
  if (!token) throw unauthorized();
  const { db, now } = c.get('deps');
  const session = await findSessionUser(db, token, now());
  if (!session) throw unauthorized();
  c.set('user', session.user);
  c.set('sessionTokenHash', session.tokenHash);
  await next();
});
