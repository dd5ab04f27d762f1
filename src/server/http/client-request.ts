import type { Context } from 'hono';

/**
 * What the client's request looked like before any reverse proxy: its scheme, origin and
 * address. X-Forwarded-* headers are believed only when the host says how many proxies
 * stand in front (`trustedProxies`, from MOTCUA_TRUST_PROXY); otherwise anyone could forge
 * them.
 */

/** The value the outermost trusted proxy appended to a comma-separated X-Forwarded-* header. */
function forwarded(c: Context, trustedProxies: number, header: string): string | undefined {
  if (trustedProxies <= 0) return undefined;
  const values = (c.req.header(header) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  if (!values.length) return undefined;
  // Each proxy appends what it saw: the outermost trusted one wrote `trustedProxies` entries from the end.
  return values[Math.max(0, values.length - trustedProxies)];
}

/** True when the browser spoke HTTPS to us or to the trusted proxy in front of us. */
export function isHttps(c: Context, trustedProxies: number): boolean {
  const proto = forwarded(c, trustedProxies, 'x-forwarded-proto');
  if (proto) return proto.toLowerCase() === 'https';
  return new URL(c.req.url).protocol === 'https:';
}

/** `https://motcua.example` as the browser addressed us: compared with `Origin` for CSRF. */
export function requestOrigin(c: Context, trustedProxies: number): string {
  const host = forwarded(c, trustedProxies, 'x-forwarded-host') ?? c.req.header('host') ?? new URL(c.req.url).host;
  return `${isHttps(c, trustedProxies) ? 'https' : 'http'}://${host.toLowerCase()}`;
}

/** The client's network address: the trusted proxy's word for it, else the socket's peer. */
export function clientAddress(c: Context, trustedProxies: number, peerAddress: string | undefined): string | undefined {
  const address = forwarded(c, trustedProxies, 'x-forwarded-for') ?? peerAddress;
  // An IPv4 client of a dual-stack socket arrives as `::ffff:192.0.2.7`: one client, one
  // spelling (for throttling and the audit log).
  return address?.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
}
