import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import { countRows } from '../setup/admin-bodies.ts';
import type { AdminField, AdminUnit } from '../../src/domain/schemas/admin-catalogue.ts';
import type { AuditPage } from '../../src/domain/schemas/audit.ts';
import type { UnitSummary } from '../../src/domain/schemas/directory.ts';

let t: TestApi;
let admin: string;

beforeAll(async () => {
  t = await createTestApi();
  admin = await t.login('admin');
});
afterAll(async () => {
  await t.close();
});

const fields = async (): Promise<AdminField[]> => (await t.request('/api/admin/fields', { cookie: admin })).json();
const units = async (): Promise<AdminUnit[]> => (await t.request('/api/admin/units', { cookie: admin })).json();

describe('fields', () => {
  it('lists fields with the procedures in force of each, adds and edits one, and logs before → after', async () => {
    const list = await fields();
    expect(list.find((f) => f.code === 'HT')).toMatchObject({ name: 'Hộ tịch', active: true, version: 1 });
    expect(list.find((f) => f.code === 'HT')!.procedureCount).toBeGreaterThan(3);
    const created = await t.request('/api/admin/fields', { method: 'POST', cookie: admin, json: { code: 'DD', name: 'Đất đai', active: true } });
    expect(created.status).toBe(201);
    const field: AdminField = await created.json();
    const updated = await t.request(`/api/admin/fields/${field.id}`, { method: 'PUT', cookie: admin, json: { code: 'DD', name: 'Đất đai - Môi trường', active: true, version: 1 } });
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({ name: 'Đất đai - Môi trường', version: 2 });
    const audit: AuditPage = await (await t.request('/api/audit-log?action=field.update', { cookie: admin })).json();
    expect(audit.entries[0]).toMatchObject({ before: { name: 'Đất đai' }, after: { name: 'Đất đai - Môi trường' } });
  });

  it('refuses a taken code on the field, a stale version with 409, and deactivating a field procedures in force belong to', async () => {
    const taken = await t.request('/api/admin/fields', { method: 'POST', cookie: admin, json: { code: 'ht', name: 'Trùng', active: true } });
    expect(taken.status).toBe(400);
    expect((await taken.json()).fields.code.code).toBe('field_code_taken');
    const dd = (await fields()).find((f) => f.code === 'DD')!;
    const stale = await t.request(`/api/admin/fields/${dd.id}`, { method: 'PUT', cookie: admin, json: { code: 'DD', name: 'Cũ', active: true, version: 1 } });
    expect(stale.status).toBe(409);
    const ht = (await fields()).find((f) => f.code === 'HT')!;
    const inUse = await t.request(`/api/admin/fields/${ht.id}`, { method: 'PUT', cookie: admin, json: { code: 'HT', name: 'Hộ tịch', active: false, version: ht.version } });
    expect(inUse.status).toBe(409);
    expect((await inUse.json()).code).toBe('field_in_use');
    expect((await fields()).find((f) => f.code === 'HT')!.active).toBe(true);
  });

  it('answers a blank name with a field error and writes nothing', async () => {
    const before = await countRows(t, 'fields');
    const response = await t.request('/api/admin/fields', { method: 'POST', cookie: admin, json: { code: 'X Y', name: '', active: true } });
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).fields).sort()).toEqual(['code', 'name']);
    expect(await countRows(t, 'fields')).toBe(before);
  });
});

describe('units', () => {
  const newUnit = { code: '000.00.31.H56', name: 'Công an xã Hoàng An', shortName: 'Công an xã', kind: 'external', address: 'Thôn Bảo An', phone: '0214 3812 345', active: true };

  it('adds an outside authority with its address and phone, offered to the pickers while active', async () => {
    const response = await t.request('/api/admin/units', { method: 'POST', cookie: admin, json: newUnit });
    expect(response.status).toBe(201);
    const unit: AdminUnit = await response.json();
    expect(unit).toMatchObject({ ...newUnit, version: 1, inUse: false, activeUserCount: 0 });
    const desk = await t.login('motcua1');
    const directory: UnitSummary[] = await (await t.request('/api/units', { cookie: desk })).json();
    expect(directory.some((u) => u.id === unit.id)).toBe(true);
  });

  it('deletes a unit nothing refers to, and deactivates instead of deleting one dossiers refer to', async () => {
    const unit = (await units()).find((u) => u.code === newUnit.code)!;
    const deleted = await t.request(`/api/admin/units/${unit.id}?version=${unit.version}`, { method: 'DELETE', cookie: admin });
    expect(deleted.status).toBe(204);
    const culture = (await units()).find((u) => u.code === '000.03.22.H56')!;
    expect(culture.inUse).toBe(true);
    const refused = await t.request(`/api/admin/units/${culture.id}?version=${culture.version}`, { method: 'DELETE', cookie: admin });
    expect(refused.status).toBe(409);
    expect((await refused.json()).code).toBe('unit_in_use');
    // It still has staff, open dossiers and procedures: those move first.
    const busy = await t.request(`/api/admin/units/${culture.id}`, { method: 'PUT', cookie: admin, json: { ...culture, active: false } });
    expect(busy.status).toBe(409);
    expect((await busy.json()).code).toBe('unit_has_work');
  });

  it('keeps the centre: no second one, no deactivation, no change of kind', async () => {
    const second = await t.request('/api/admin/units', { method: 'POST', cookie: admin, json: { ...newUnit, code: '000.99.22.H56', kind: 'centre' } });
    expect(second.status).toBe(400);
    expect((await second.json()).fields.kind.code).toBe('centre_unique');
    const centre = (await units()).find((u) => u.kind === 'centre')!;
    const off = await t.request(`/api/admin/units/${centre.id}`, { method: 'PUT', cookie: admin, json: { ...centre, active: false } });
    expect(off.status).toBe(409);
    const kind = await t.request(`/api/admin/units/${centre.id}`, { method: 'PUT', cookie: admin, json: { ...centre, kind: 'department' } });
    expect(kind.status).toBe(400);
  });

  it('refuses a taken code, a stale version, and every other role', async () => {
    const office = (await units()).find((u) => u.code === '000.01.22.H56')!;
    const taken = await t.request(`/api/admin/units/${office.id}`, { method: 'PUT', cookie: admin, json: { ...office, code: '000.02.22.H56' } });
    expect(taken.status).toBe(400);
    expect((await taken.json()).fields.code.code).toBe('unit_code_taken');
    const renamed = await t.request(`/api/admin/units/${office.id}`, { method: 'PUT', cookie: admin, json: { ...office, phone: '0214 3800 001' } });
    expect(renamed.status).toBe(200);
    const stale = await t.request(`/api/admin/units/${office.id}`, { method: 'PUT', cookie: admin, json: { ...office, phone: '0214 3800 002' } });
    expect(stale.status).toBe(409);
    const head = await t.login('truongvp');
    expect((await t.request('/api/admin/units', { cookie: head })).status).toBe(403);
    expect((await t.request('/api/admin/units', { method: 'POST', cookie: head, json: newUnit })).status).toBe(403);
  });
});
