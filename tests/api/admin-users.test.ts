import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import { countRows } from '../setup/admin-bodies.ts';
import type { AdminUser, HeldDossier } from '../../src/domain/schemas/admin-users.ts';
import type { AdminUnit } from '../../src/domain/schemas/admin-catalogue.ts';
import type { AuditPage } from '../../src/domain/schemas/audit.ts';
import type { DossierDetail } from '../../src/domain/schemas/dossier.ts';

let t: TestApi;
let admin: string;
let office: AdminUnit;
let economy: AdminUnit;
let centre: AdminUnit;

beforeAll(async () => {
  t = await createTestApi();
  admin = await t.login('admin');
  const units: AdminUnit[] = await (await t.request('/api/admin/units', { cookie: admin })).json();
  office = units.find((u) => u.code === '000.01.22.H56')!;
  economy = units.find((u) => u.code === '000.02.22.H56')!;
  centre = units.find((u) => u.kind === 'centre')!;
});
afterAll(async () => {
  await t.close();
});

const users = async (): Promise<AdminUser[]> => (await t.request('/api/admin/users', { cookie: admin })).json();
const user = async (username: string) => (await users()).find((u) => u.username === username)!;
const signIn = (username: string, password: string) => t.request('/api/auth/login', { method: 'POST', json: { username, password } });

describe('accounts', () => {
  it('are the administrator’s alone', async () => {
    for (const username of ['chutich', 'truongvp', 'motcua1']) {
      const cookie = await t.login(username);
      expect((await t.request('/api/admin/users', { cookie })).status).toBe(403);
      const created = await t.request('/api/admin/users', {
        method: 'POST',
        cookie,
        json: { username: 'xxx', fullName: 'X', title: '', role: 'handler', unitId: office.id },
      });
      expect(created.status).toBe(403);
    }
  });

  it('creates an account with a one-time password that signs in and must be changed', async () => {
    const response = await t.request('/api/admin/users', {
      method: 'POST',
      cookie: admin,
      json: { username: 'tuphap2', fullName: 'Hoàng Thị Ngọc', title: 'Công chức Tư pháp - Hộ tịch', role: 'handler', unitId: office.id, phone: '0214 3800 111', email: '' },
    });
    expect(response.status).toBe(201);
    const { user: created, oneTimePassword } = await response.json();
    expect(created).toMatchObject({ username: 'tuphap2', role: 'handler', unitName: office.name, mustChangePassword: true, active: true, heldDossierCount: 0, email: null });
    expect(oneTimePassword).toMatch(/^[a-zA-Z2-9]{12}$/);
    expect((await signIn('tuphap2', oneTimePassword)).status).toBe(200);
    // The log has the account, never its password.
    const audit: AuditPage = await (await t.request('/api/audit-log?action=user.create', { cookie: admin })).json();
    expect(audit.entries[0]).toMatchObject({ entityLabel: 'tuphap2 (Hoàng Thị Ngọc)', after: { role: 'handler', unit: office.name } });
    expect(JSON.stringify(audit.entries[0])).not.toContain(oneTimePassword);
  });

  it('answers bad input on the fields at fault and writes nothing', async () => {
    const before = await countRows(t, 'users');
    const bad = await t.request('/api/admin/users', {
      method: 'POST',
      cookie: admin,
      json: { username: 'Nguyễn Văn A', fullName: '', title: '', role: 'handler', unitId: office.id, phone: 'abc', email: 'không-phải-email' },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).fields).sort()).toEqual(['email', 'fullName', 'phone', 'username']);
    const taken = await t.request('/api/admin/users', { method: 'POST', cookie: admin, json: { username: 'HOTICH', fullName: 'A', title: '', role: 'handler', unitId: office.id } });
    expect((await taken.json()).fields.username.code).toBe('username_taken');
    const mismatch = await t.request('/api/admin/users', { method: 'POST', cookie: admin, json: { username: 'motcua9', fullName: 'A', title: '', role: 'desk_officer', unitId: office.id } });
    expect((await mismatch.json()).fields.unitId.code).toBe('role_unit_mismatch');
    expect(await countRows(t, 'users')).toBe(before);
  });

  it('edits an account with its version, and refuses a stale one', async () => {
    const account = await user('tuphap2');
    const body = { fullName: account.fullName, title: 'Chuyên viên', role: account.role, unitId: account.unitId, phone: account.phone ?? '', email: '', version: account.version };
    const saved = await t.request(`/api/admin/users/${account.id}`, { method: 'PUT', cookie: admin, json: body });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ title: 'Chuyên viên', version: account.version + 1 });
    const stale = await t.request(`/api/admin/users/${account.id}`, { method: 'PUT', cookie: admin, json: { ...body, title: 'Cũ' } });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error).toBe('stale_version');
  });

  it('will not move or lock a handler who holds open dossiers until they are handed to a colleague of the same unit', async () => {
    const hotich = await user('hotich');
    expect(hotich.heldDossierCount).toBeGreaterThan(0);
    const move = await t.request(`/api/admin/users/${hotich.id}`, {
      method: 'PUT',
      cookie: admin,
      json: { fullName: hotich.fullName, title: hotich.title, role: 'handler', unitId: economy.id, phone: hotich.phone ?? '', email: hotich.email ?? '', version: hotich.version },
    });
    expect(move.status).toBe(409);
    expect(await move.json()).toMatchObject({ error: 'holds_dossiers', params: { count: hotich.heldDossierCount } });
    const lock = await t.request(`/api/admin/users/${hotich.id}/active`, { method: 'POST', cookie: admin, json: { active: false, version: hotich.version } });
    expect(lock.status).toBe(409);

    const held: HeldDossier[] = await (await t.request(`/api/admin/users/${hotich.id}/held-dossiers`, { cookie: admin })).json();
    expect(held).toHaveLength(hotich.heldDossierCount);
    // Not to someone in another unit.
    const diachinh = await user('diachinh');
    const wrong = await t.request(`/api/admin/users/${hotich.id}/transfer`, {
      method: 'POST',
      cookie: admin,
      json: { toUserId: diachinh.id, note: '', items: held.map(({ id, version }) => ({ id, version })) },
    });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).fields.toUserId.code).toBe('transfer_target_invalid');

    const handler = await t.login('hotich');
    const tuphap2 = await user('tuphap2');
    const sample = held.find((d) => d.status === 'processing')!;
    const before: DossierDetail = await (await t.request(`/api/dossiers/${sample.id}`, { cookie: admin })).json();
    const moved = await t.request(`/api/admin/users/${hotich.id}/transfer`, {
      method: 'POST',
      cookie: admin,
      json: { toUserId: tuphap2.id, note: 'Cán bộ nghỉ hưu', items: held.map(({ id, version }) => ({ id, version })) },
    });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toEqual({ transferred: held.length });
    // The step is in the dossier's history; the leg goes on with its deadline.
    const after: DossierDetail = await (await t.request(`/api/dossiers/${sample.id}`, { cookie: admin })).json();
    const step = after.events.at(-1)!;
    expect(step).toMatchObject({ action: 'transfer_holder', note: 'Cán bộ nghỉ hưu', toStatus: 'processing', legResult: null });
    expect(step.toHolder?.userName).toBe('Hoàng Thị Ngọc');
    expect(step.legDeadlineAt).toBe(before.events.at(-1)!.legDeadlineAt);
    expect(after.holder.userName).toBe('Hoàng Thị Ngọc');

    // Now the account can be locked, and its sessions end at once.
    const emptied = await user('hotich');
    expect(emptied.heldDossierCount).toBe(0);
    const locked = await t.request(`/api/admin/users/${hotich.id}/active`, { method: 'POST', cookie: admin, json: { active: false, version: emptied.version } });
    expect(locked.status).toBe(200);
    expect((await t.request('/api/auth/me', { cookie: handler })).status).toBe(401);
    expect((await signIn('hotich', 'motcua2026')).status).toBe(403);
    const log: AuditPage = await (await t.request('/api/audit-log?category=administration&q=hotich', { cookie: admin })).json();
    expect(log.entries.map((e) => e.action).slice(0, 2)).toEqual(['user.deactivate', 'user.transfer_dossiers']);
    expect(log.entries[1]!.details).toMatchObject({ to: 'tuphap2', note: 'Cán bộ nghỉ hưu' });
    // Unlocked again.
    const unlocked = await t.request(`/api/admin/users/${hotich.id}/active`, { method: 'POST', cookie: admin, json: { active: true, version: emptied.version + 1 } });
    expect(unlocked.status).toBe(200);
    expect((await signIn('hotich', 'motcua2026')).status).toBe(200);
  });

  it('resets a password to a one-time one and ends the user’s sessions', async () => {
    const vhxh = await user('vhxh');
    const session = await t.login('vhxh');
    const response = await t.request(`/api/admin/users/${vhxh.id}/reset-password`, { method: 'POST', cookie: admin, json: { version: vhxh.version } });
    expect(response.status).toBe(200);
    const { oneTimePassword, user: after } = await response.json();
    expect(after.mustChangePassword).toBe(true);
    expect((await t.request('/api/auth/me', { cookie: session })).status).toBe(401);
    expect((await signIn('vhxh', 'motcua2026')).status).toBe(401);
    expect((await signIn('vhxh', oneTimePassword)).status).toBe(200);
  });

  it('keeps the administrator from locking out themselves', async () => {
    const me = await user('admin');
    const self = await t.request(`/api/admin/users/${me.id}/active`, { method: 'POST', cookie: admin, json: { active: false, version: me.version } });
    expect(self.status).toBe(409);
    expect((await self.json()).code).toBe('cannot_deactivate_self');
    const role = await t.request(`/api/admin/users/${me.id}`, {
      method: 'PUT',
      cookie: admin,
      json: { fullName: me.fullName, title: me.title, role: 'desk_officer', unitId: centre.id, phone: me.phone ?? '', email: me.email ?? '', version: me.version },
    });
    expect(role.status).toBe(409);
    expect((await role.json()).code).toBe('cannot_change_own_role');
  });
});
