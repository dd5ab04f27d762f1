import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-request.ts';

/** The address the API would record for a request from `peer` with these headers. */
async function addressOf(peer: string | undefined, trustedProxies: number, headers: Record<string, string> = {}) {
  const app = new Hono().get('/', (c) => c.text(clientAddress(c, trustedProxies, peer) ?? '(none)'));
  return (await app.request('/', { headers })).text();
}

describe('the client address', () => {
  it('is the socket peer, an IPv4 client of a dual-stack socket written the IPv4 way', async () => {
    expect(await addressOf('::ffff:192.0.2.7', 0)).toBe('192.0.2.7');
    expect(await addressOf('192.0.2.7', 0)).toBe('192.0.2.7');
    expect(await addressOf('2001:db8::1', 0)).toBe('2001:db8::1');
    expect(await addressOf(undefined, 0)).toBe('(none)');
  });

  it('believes X-Forwarded-For only from as many proxies as trusted', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.9, ::ffff:198.51.100.4' };
    expect(await addressOf('10.0.0.2', 0, headers)).toBe('10.0.0.2');
    expect(await addressOf('10.0.0.2', 1, headers)).toBe('198.51.100.4');
    expect(await addressOf('10.0.0.2', 2, headers)).toBe('203.0.113.9');
  });
});
