import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { isHttps } from './client-request.ts';
import { contentSecurityPolicy, type PolicyKind } from './security-policy.ts';

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';
export const HSTS = 'max-age=31536000';

/**
 * The security headers of every response: the CSP of its kind, nosniff, no framing, no
 * referrer, a restrictive Permissions-Policy, and HSTS when the browser came over HTTPS
 * (directly or through a trusted reverse proxy).
 */
export function securityHeaders(kind: PolicyKind | ((c: Context) => PolicyKind), options: { trustedProxies: () => number }): MiddlewareHandler {
  const standard = secureHeaders({
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    strictTransportSecurity: false,
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
  });
  return async (c, next) => {
    await standard(c, next);
    const policyKind = typeof kind === 'function' ? kind(c) : kind;
    c.header('Content-Security-Policy', contentSecurityPolicy(policyKind));
    c.header('Permissions-Policy', PERMISSIONS_POLICY);
    if (isHttps(c, options.trustedProxies())) c.header('Strict-Transport-Security', HSTS);
  };
}
