import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import { demoLogins } from '../../mocks/demo-data/seed-demo.ts';

let t: TestApi;
beforeAll(async () => {
  t = await createTestApi();
});
afterAll(async () => {
  await t.close();
});

describe('authentication', () => {
  it('answers health without a session', async () => {
    const response = await t.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('rejects a wrong password with a message code, its Vietnamese text, and no session', async () => {
    const response = await t.request('/api/auth/login', { method: 'POST', json: { username: 'motcua1', password: 'sai-mat-khau' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
    const body = await response.json();
    expect(body).toMatchObject({ error: 'invalid_credentials', code: 'invalid_credentials', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions');
    expect(n).toBe(0);
  });

  it('rejects an unknown user exactly like a wrong password', async () => {
    const response = await t.request('/api/auth/login', { method: 'POST', json: { username: 'khong-co', password: 'x' } });
    expect(response.status).toBe(401);
    expect((await response.json()).error).toBe('invalid_credentials');
  });

  it('validates the login body with a code and a Vietnamese text per field', async () => {
    const response = await t.request('/api/auth/login', { method: 'POST', json: { username: '', password: '' } });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe('validation_failed');
    expect(body).toMatchObject({ code: 'validation_failed', message: 'Dữ liệu chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.' });
    expect(body.fields).toEqual({
      username: { code: 'username_required', message: 'Vui lòng nhập tên đăng nhập' },
      password: { code: 'password_required', message: 'Vui lòng nhập mật khẩu' },
    });
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const response = await t.request('/api/auth/login', { method: 'POST', body: '{oops', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
  });

  it.each(demoLogins.map((login) => [login.username, login.role] as const))('logs in %s as %s with an httpOnly, SameSite=Lax cookie', async (username, role) => {
    const response = await t.request('/api/auth/login', { method: 'POST', json: { username, password: 'motcua2026' } });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^motcua_session=[\w-]{30,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await t.request('/api/auth/me', { cookie: cookie.split(';')[0] });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ username, role });
  });

  it('stores only a hash of the session token and salted password hashes', async () => {
    const cookie = await t.login('motcua1');
    const token = cookie.split('=')[1]!;
    const sessions = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(sessions.some((s) => s.token_hash === token)).toBe(false);
    const users = await t.db.query<{ password_hash: string }>('SELECT password_hash FROM users');
    const salts = new Set(users.map((u) => u.password_hash.split('$')[4]));
    expect(salts.size).toBe(users.length);
    expect(users.every((u) => u.password_hash.startsWith('scrypt$'))).toBe(true);
  });

  it('ends the session on logout', async () => {
    const cookie = await t.login('motcua2');
    expect((await t.request('/api/auth/logout', { method: 'POST', cookie })).status).toBe(204);
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(401);
  });

  it.each(['/api/auth/me', '/api/dossiers', '/api/dossiers/00000000-0000-4000-8000-000000000000', '/api/khong-ton-tai'])(
    'answers %s with 401 without a session',
    async (path) => {
      const response = await t.request(path);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: 'unauthorized' });
    },
  );

  it('rejects a forged session cookie', async () => {
    expect((await t.request('/api/dossiers', { cookie: 'motcua_session=forged-token-value' })).status).toBe(401);
  });
});
