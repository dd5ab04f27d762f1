import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import { TEST_NOW } from '../setup/test-clock.ts';

// Login throttling, session lifetimes, logging out everywhere, cookies over HTTPS and
// behind a reverse proxy, CSRF and the security headers.
let clock = TEST_NOW;
const minutes = (n: number) => new Date(clock.getTime() + n * 60_000);
let t: TestApi;
/** The same API, told that one reverse proxy stands in front (MOTCUA_TRUST_PROXY=true). */
let proxied: TestApi;

beforeAll(async () => {
  t = await createTestApi({ now: () => clock, peerAddress: (c) => c.req.header('x-test-peer') });
  proxied = await createTestApi({ now: () => clock, trustedProxies: 1 });
});
afterAll(async () => {
  await t.close();
  await proxied.close();
});

function login(username: string, password: string, peer = '10.0.0.1', api = t) {
  return api.request('/api/auth/login', { method: 'POST', json: { username, password }, headers: { 'x-test-peer': peer } });
}

function cookieOf(response: Response): string {
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

describe('login throttling', () => {
  it('answers the 6th wrong password with 429 and Retry-After, even with the right password, then lets the user in', async () => {
    clock = new Date('2026-11-23T08:00:00+07:00');
    for (let attempt = 1; attempt <= 5; attempt++) expect((await login('motcua1', 'sai-mat-khau', `10.0.1.${attempt}`)).status).toBe(401);
    const sixth = await login('motcua1', 'sai-mat-khau', '10.0.1.6');
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get('retry-after')).toBe('60');
    expect(await sixth.json()).toMatchObject({ error: 'login_throttled' });
    // Locked: the right password gets the same 429 and no session.
    const right = await login('motcua1', 'motcua2026', '10.0.1.7');
    expect(right.status).toBe(429);
    expect(right.headers.get('set-cookie')).toBeNull();

    clock = minutes(1);
    expect((await login('motcua1', 'motcua2026', '10.0.1.8')).status).toBe(200);
    // The success cleared the count: five more failures are needed to lock again.
    for (let attempt = 1; attempt <= 4; attempt++) expect((await login('motcua1', 'sai', '10.0.1.9')).status).toBe(401);
    expect((await login('motcua1', 'motcua2026', '10.0.1.9')).status).toBe(200);
  });

  it('locks for longer after each further failure: 1, 5, then 15 minutes', async () => {
    clock = new Date('2026-11-23T09:00:00+07:00');
    const retryAfter = async () => {
      const response = await login('motcua2', 'sai', '10.0.2.1');
      expect(response.status).toBe(429);
      return Number(response.headers.get('retry-after'));
    };
    for (let attempt = 1; attempt <= 5; attempt++) await login('motcua2', 'sai', `10.0.2.${attempt + 10}`);
    expect(await retryAfter()).toBe(60);
    clock = minutes(1);
    expect((await login('motcua2', 'sai', '10.0.2.20')).status).toBe(401);
    expect(await retryAfter()).toBe(300);
    clock = minutes(5);
    expect((await login('motcua2', 'sai', '10.0.2.21')).status).toBe(401);
    expect(await retryAfter()).toBe(900);
    clock = minutes(15);
    expect((await login('motcua2', 'sai', '10.0.2.22')).status).toBe(401);
    expect(await retryAfter()).toBe(900);
  });

  it('answers an unknown username exactly as a known one', async () => {
    clock = new Date('2026-11-23T10:00:00+07:00');
    const answers = async (username: string) => {
      const statuses: number[] = [];
      let body: unknown;
      for (let attempt = 1; attempt <= 6; attempt++) {
        const response = await login(username, 'sai', `10.0.3.${attempt}${username.length}`);
        statuses.push(response.status);
        body = await response.json();
      }
      return { statuses, body };
    };
    const known = await answers('truongkt');
    const unknown = await answers('khong-ton-tai');
    expect(known.statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect(unknown).toEqual(known);
  });

  it('locks an address that tries many usernames', async () => {
    clock = new Date('2026-11-23T11:00:00+07:00');
    for (const username of ['a1', 'a2', 'a3', 'a4', 'a5']) expect((await login(username, 'x', '192.0.2.7')).status).toBe(401);
    expect((await login('vhxh', 'motcua2026', '192.0.2.7')).status).toBe(429);
    expect((await login('vhxh', 'motcua2026', '192.0.2.8')).status).toBe(200);
  });

  it('keeps the counts in the database, where every server process sees them', async () => {
    const rows = await t.db.query<{ key: string; failures: number }>("SELECT key, failures FROM login_throttle WHERE key = 'address:192.0.2.7'");
    expect(rows).toEqual([{ key: 'address:192.0.2.7', failures: 5 }]);
  });
});

describe('session lifetimes', () => {
  it('ends a session idle for 60 minutes, and keeps one in use', async () => {
    clock = new Date('2026-11-24T08:00:00+07:00');
    const idle = cookieOf(await login('hotich', 'motcua2026'));
    const busy = cookieOf(await login('diachinh', 'motcua2026'));
    for (const step of [20, 20, 19]) {
      clock = minutes(step);
      expect((await t.request('/api/auth/me', { cookie: busy })).status).toBe(200);
    }
    clock = minutes(1); // 60 minutes since `idle` was last used, 20 since `busy`
    expect((await t.request('/api/auth/me', { cookie: idle })).status).toBe(401);
    expect((await t.request('/api/auth/me', { cookie: busy })).status).toBe(200);
  });

  it('ends every session after its absolute lifetime however busy it is', async () => {
    clock = new Date('2026-11-25T07:00:00+07:00');
    const cookie = cookieOf(await login('hotich', 'motcua2026'));
    for (let hour = 1; hour < 12; hour++) {
      clock = minutes(59);
      expect((await t.request('/api/auth/me', { cookie })).status).toBe(200);
    }
    for (const time of ['18:45', '18:59']) {
      clock = new Date(`2026-11-25T${time}:00+07:00`);
      expect((await t.request('/api/auth/me', { cookie })).status).toBe(200);
    }
    clock = new Date('2026-11-25T19:00:00+07:00'); // one minute after its last use, 12 hours after login
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(401);
  });

  it('reads both limits from the sessions setting', async () => {
    await t.db.query(`UPDATE settings SET value = '{"idleMinutes": 5, "absoluteHours": 1}' WHERE key = 'sessions'`);
    try {
      clock = new Date('2026-11-26T08:00:00+07:00');
      const cookie = cookieOf(await login('hotich', 'motcua2026'));
      expect((await login('hotich', 'motcua2026')).headers.get('set-cookie')).toMatch(/Expires=Thu, 26 Nov 2026 02:00:00 GMT/);
      clock = minutes(4);
      expect((await t.request('/api/auth/me', { cookie })).status).toBe(200);
      clock = minutes(5);
      expect((await t.request('/api/auth/me', { cookie })).status).toBe(401);
    } finally {
      await t.db.query(`UPDATE settings SET value = '{"idleMinutes": 60, "absoluteHours": 12}' WHERE key = 'sessions'`);
    }
  });

  it('logs out of every device at once', async () => {
    clock = new Date('2026-11-27T08:00:00+07:00');
    const office = cookieOf(await login('chutich', 'motcua2026'));
    const home = cookieOf(await login('chutich', 'motcua2026'));
    const other = cookieOf(await login('truongvp', 'motcua2026'));
    const response = await t.request('/api/auth/logout-all', { method: 'POST', cookie: home });
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/motcua_session=;/);
    expect((await t.request('/api/auth/me', { cookie: office })).status).toBe(401);
    expect((await t.request('/api/auth/me', { cookie: home })).status).toBe(401);
    expect((await t.request('/api/auth/me', { cookie: other })).status).toBe(200);
  });

  it('ends every session of a deactivated user at once', async () => {
    clock = new Date('2026-11-27T09:00:00+07:00');
    const first = cookieOf(await login('truongvhxh', 'motcua2026'));
    cookieOf(await login('truongvhxh', 'motcua2026'));
    await t.db.query("UPDATE users SET active = false WHERE username = 'truongvhxh'");
    const [row] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = 'truongvhxh'",
    );
    expect(row!.n).toBe(0);
    expect((await t.request('/api/auth/me', { cookie: first })).status).toBe(401);
    await t.db.query("UPDATE users SET active = true WHERE username = 'truongvhxh'");
  });
});

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Lax, without Secure over plain HTTP', async () => {
    clock = new Date('2026-11-28T08:00:00+07:00');
    const cookie = (await login('motcua1', 'motcua2026')).headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^motcua_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('is Secure with the __Host- prefix over HTTPS, and only that one is accepted there', async () => {
    const response = await t.request('https://motcua.test/api/auth/login', { method: 'POST', json: { username: 'motcua1', password: 'motcua2026' } });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-motcua_session=[\w-]+; .*Path=\/; .*Secure/);
    expect(cookie).not.toMatch(/Domain=/);
    const token = cookieOf(response).split('=')[1];
    expect((await t.request('https://motcua.test/api/auth/me', { cookie: `__Host-motcua_session=${token}` })).status).toBe(200);
    // A plain cookie (which anyone on the network could have planted over HTTP) does not count over HTTPS.
    expect((await t.request('https://motcua.test/api/auth/me', { cookie: `motcua_session=${token}` })).status).toBe(401);
  });

  it('is Secure behind a TLS-terminating proxy when the proxy is trusted', async () => {
    const viaProxy = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' };
    const response = await proxied.request('/api/auth/login', { method: 'POST', json: { username: 'motcua1', password: 'motcua2026' }, headers: viaProxy });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/^__Host-motcua_session=.*Secure/);
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
    const me = await proxied.request('/api/auth/me', { cookie: cookieOf(response), headers: viaProxy });
    expect(me.status).toBe(200);
  });

  it('ignores X-Forwarded-Proto when no proxy is trusted', async () => {
    const response = await t.request('/api/auth/login', {
      method: 'POST',
      json: { username: 'motcua1', password: 'motcua2026' },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(response.headers.get('set-cookie')).toMatch(/^motcua_session=/);
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('throttles by the address the trusted proxy saw, not by the proxy', async () => {
    clock = new Date('2026-11-28T09:00:00+07:00');
    const from = (address: string) => ({ 'x-forwarded-for': `198.51.100.1, ${address}` });
    for (const username of ['b1', 'b2', 'b3', 'b4', 'b5']) {
      await proxied.request('/api/auth/login', { method: 'POST', json: { username, password: 'x' }, headers: from('203.0.113.50') });
    }
    const blocked = await proxied.request('/api/auth/login', { method: 'POST', json: { username: 'motcua2', password: 'motcua2026' }, headers: from('203.0.113.50') });
    expect(blocked.status).toBe(429);
    const other = await proxied.request('/api/auth/login', { method: 'POST', json: { username: 'motcua2', password: 'motcua2026' }, headers: from('203.0.113.51') });
    expect(other.status).toBe(200);
  });
});

describe('cross-site requests', () => {
  it.each([
    ['an Origin of another site', { origin: 'https://evil.example' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
    ['a null Origin', { origin: 'null' }],
  ])('refuses a state-changing request with %s', async (_what, headers) => {
    clock = new Date('2026-11-29T08:00:00+07:00');
    const cookie = cookieOf(await login('motcua1', 'motcua2026'));
    const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM saved_views');
    const response = await t.request('/api/saved-views', { method: 'POST', cookie, json: { name: 'CSRF', query: '' }, headers });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: 'csrf_rejected' });
    expect(await t.db.query('SELECT count(*)::int AS n FROM saved_views')).toEqual(before);
    // Logging someone in or out from another site is refused too.
    expect((await t.request('/api/auth/logout-all', { method: 'POST', cookie, headers })).status).toBe(403);
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(200);
  });

  it('accepts the same origin, and reads from anywhere', async () => {
    const cookie = cookieOf(await login('motcua1', 'motcua2026'));
    const same = { origin: 'http://motcua.test', 'sec-fetch-site': 'same-origin' };
    expect((await t.request('/api/saved-views', { method: 'POST', cookie, json: { name: 'Cùng trang', query: '' }, headers: same })).status).toBe(201);
    expect((await t.request('/api/auth/me', { cookie, headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } })).status).toBe(200);
  });

  it('compares the Origin with the address the browser used, behind a trusted proxy', async () => {
    const headers = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'motcua.xa.gov.vn', origin: 'https://motcua.xa.gov.vn' };
    expect((await proxied.request('/api/auth/login', { method: 'POST', json: { username: 'motcua1', password: 'motcua2026' }, headers })).status).toBe(200);
    const spoofed = { ...headers, origin: 'http://motcua.xa.gov.vn' };
    expect((await proxied.request('/api/auth/login', { method: 'POST', json: { username: 'motcua1', password: 'motcua2026' }, headers: spoofed })).status).toBe(403);
  });
});

describe('security headers', () => {
  it.each([
    ['a success', '/api/health', 200],
    ['an error', '/api/auth/me', 401],
    ['an unknown path', '/api/khong-co', 401],
  ])('are on %s', async (_what, path, status) => {
    const response = await t.request(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('cache-control')).toBe('no-store');
    // HSTS only when the browser came over HTTPS.
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('add HSTS over HTTPS', async () => {
    const response = await t.request('https://motcua.test/api/health');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
  });
});
