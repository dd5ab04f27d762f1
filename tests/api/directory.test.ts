import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';

let t: TestApi;
let cookie: string;
beforeAll(async () => {
  t = await createTestApi();
  cookie = await t.login('truongvp');
});
afterAll(async () => {
  await t.close();
});

describe('directory', () => {
  it('lists the centre first, then the departments', async () => {
    const units = await (await t.request('/api/units', { cookie })).json();
    expect(units[0]).toMatchObject({ kind: 'centre', shortName: 'Trung tâm PVHCC' });
    expect(units.filter((u: { kind: string }) => u.kind === 'department')).toHaveLength(3);
  });

  it("lists a department's handlers without password hashes", async () => {
    const units = await (await t.request('/api/units', { cookie })).json();
    const office = units.find((u: { code: string }) => u.code === '000.01.22.H56');
    const users = await (await t.request(`/api/users?role=handler&unitId=${office.id}`, { cookie })).json();
    expect(users.map((u: { fullName: string }) => u.fullName)).toEqual(['Trần Thị Mai']);
    expect(JSON.stringify(users)).not.toContain('scrypt');
  });

  it('validates the filters and needs a session', async () => {
    expect((await t.request('/api/users?role=king', { cookie })).status).toBe(400);
    expect((await t.request('/api/units')).status).toBe(401);
  });
});

describe('fields', () => {
  it('lists the fields of the catalogue by name, every procedure under one of them', async () => {
    const fields: { id: string; code: string; name: string }[] = await (await t.request('/api/fields', { cookie })).json();
    const procedures: { fieldCode: string; fieldName: string }[] = await (await t.request('/api/procedures', { cookie })).json();
    expect(fields.map((field) => field.name)).toEqual(fields.map((field) => field.name).sort((a, b) => a.localeCompare(b, 'vi')));
    for (const procedure of procedures) {
      expect(fields).toContainEqual(expect.objectContaining({ code: procedure.fieldCode, name: procedure.fieldName }));
    }
    expect((await t.request('/api/fields')).status).toBe(401);
  });
});
