import { createMiddleware } from 'hono/factory';
import type { ApiEnv } from './context.ts';
import { HttpError } from './errors.ts';
import { message } from '../../domain/messages.ts';
import { requestOrigin } from './client-request.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery: a state-changing request that a browser tells us came from
 * another site (Sec-Fetch-Site, or an Origin that is not ours) is refused. Requests without
 * either header (the portal's server, scripts) are not browser-borne and pass; the
 * SameSite=Lax cookie and the JSON-only bodies are the other two layers.
 */
export const rejectCrossSite = createMiddleware<ApiEnv>(async (c, next) => {
  if (safeMethods.has(c.req.method)) return next();
  const site = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  const crossSite = (site !== undefined && site !== 'same-origin' && site !== 'none') || (origin !== undefined && origin.toLowerCase() !== requestOrigin(c, c.get('deps').trustedProxies ?? 0));
  if (crossSite) throw new HttpError(403, 'csrf_rejected', message('csrf_rejected'));
  await next();
});
