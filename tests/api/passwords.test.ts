import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import { openPgliteDb } from '../../src/server/db/pglite-db.ts';
import { prepareDatabase } from '../../src/server/bootstrap.ts';
import { createApi } from '../../src/server/http/app.ts';
import { TEST_NOW } from '../setup/test-clock.ts';

let t: TestApi;
beforeAll(async () => {
  t = await createTestApi();
});
afterAll(async () => {
  await t.close();
});

function change(cookie: string, currentPassword: string, newPassword: string) {
  return t.request('/api/auth/password', { method: 'POST', cookie, json: { currentPassword, newPassword } });
}

describe('changing one’s own password', () => {
  it.each([
    ['shorter than 10 characters', 'Ngan-9ky', 'password_too_short'],
    ['containing the username', 'Toi-la-HoTich-2026', 'password_contains_username'],
    ['the current one', 'motcua2026', 'password_unchanged'],
    ['a common password', 'qwertyuiop', 'password_too_common'],
    ['a common password in other case', 'QwertyUiop', 'password_too_common'],
  ])('refuses a new password %s, naming the field', async (_what, newPassword, code) => {
    const cookie = await t.login('hotich');
    const response = await change(cookie, 'motcua2026', newPassword);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: code, fields: { newPassword: { code } } });
  });

  it('refuses a wrong current password', async () => {
    const cookie = await t.login('motcua2');
    const response = await change(cookie, 'sai-mat-khau', 'Hoa-sen-no-muon-2026');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'wrong_current_password', fields: { currentPassword: { code: 'current_password_wrong' } } });
  });

  it('changes it, keeps this session and ends the others', async () => {
    const here = await t.login('vhxh');
    const elsewhere = await t.login('vhxh');
    const response = await change(here, 'motcua2026', 'Hoa-sen-no-muon-2026');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ username: 'vhxh', mustChangePassword: false });
    expect((await t.request('/api/auth/me', { cookie: here })).status).toBe(200);
    expect((await t.request('/api/auth/me', { cookie: elsewhere })).status).toBe(401);
    const old = await t.request('/api/auth/login', { method: 'POST', json: { username: 'vhxh', password: 'motcua2026' } });
    expect(old.status).toBe(401);
    await t.login('vhxh', 'Hoa-sen-no-muon-2026');
  });
});

describe('a change forced by an administrator', () => {
  it('is only for administrators', async () => {
    const [user] = await t.db.query<{ id: string }>("SELECT id FROM users WHERE username = 'diachinh'");
    const response = await t.request(`/api/users/${user!.id}/require-password-change`, { method: 'POST', cookie: await t.login('truongkt') });
    expect(response.status).toBe(403);
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    const admin = await t.login('admin');
    expect((await t.request('/api/users/00000000-0000-4000-8000-000000000000/require-password-change', { method: 'POST', cookie: admin })).status).toBe(404);
    expect((await t.request('/api/users/khong-phai-uuid/require-password-change', { method: 'POST', cookie: admin })).status).toBe(400);
  });

  it('holds the user at the password change until they pick a new one, even in a session already open', async () => {
    const session = await t.login('diachinh');
    const [user] = await t.db.query<{ id: string }>("SELECT id FROM users WHERE username = 'diachinh'");
    expect((await t.request(`/api/users/${user!.id}/require-password-change`, { method: 'POST', cookie: await t.login('admin') })).status).toBe(204);

    expect(await (await t.request('/api/auth/me', { cookie: session })).json()).toMatchObject({ mustChangePassword: true });
    const list = await t.request('/api/dossiers', { cookie: session });
    expect(list.status).toBe(403);
    expect(await list.json()).toMatchObject({ error: 'password_change_required' });

    expect((await change(session, 'motcua2026', 'Dia-chinh-moi-2026')).status).toBe(200);
    expect(await (await t.request('/api/auth/me', { cookie: session })).json()).toMatchObject({ mustChangePassword: false });
    expect((await t.request('/api/dossiers', { cookie: session })).status).toBe(200);
  });
});

describe('the first administrator of a real install', () => {
  it('must change the printed password at the first login', async () => {
    const db = await openPgliteDb();
    try {
      await prepareDatabase(db, { adminPassword: 'In-ra-man-hinh-01', adminMustChangePassword: true });
      const api = createApi({ db, now: () => TEST_NOW });
      const call = (path: string, init: RequestInit = {}) => api.fetch(new Request(`http://motcua.test${path}`, init));
      const json = { 'content-type': 'application/json' };
      const login = await call('/api/auth/login', { method: 'POST', headers: json, body: JSON.stringify({ username: 'admin', password: 'In-ra-man-hinh-01' }) });
      expect(await login.json()).toMatchObject({ username: 'admin', mustChangePassword: true });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      expect((await call('/api/units', { headers: { cookie } })).status).toBe(403);
      const changed = await call('/api/auth/password', {
        method: 'POST',
        headers: { ...json, cookie },
        body: JSON.stringify({ currentPassword: 'In-ra-man-hinh-01', newPassword: 'Quan-tri-xa-2026' }),
      });
      expect(changed.status).toBe(200);
      expect((await call('/api/units', { headers: { cookie } })).status).toBe(200);
    } finally {
      await db.close();
    }
  });
});
