import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteDb, type PgliteDb } from '../../src/server/db/pglite-db.ts';
import { prepareDatabase } from '../../src/server/bootstrap.ts';
import { createApi } from '../../src/server/http/app.ts';
import { TEST_NOW } from '../setup/test-clock.ts';
import type { AdminSettings } from '../../src/domain/schemas/settings.ts';
import type { AuditPage } from '../../src/domain/schemas/audit.ts';

// `npm run serve` on an empty database: no sample commune, no administrator, a setup code.
let db: PgliteDb;
let api: ReturnType<typeof createApi>;
const SETUP_CODE = 'K7PX-2MQ9';

beforeAll(async () => {
  db = await openPgliteDb();
  await prepareDatabase(db);
  api = createApi({ db, now: () => TEST_NOW, setupCode: SETUP_CODE });
});
afterAll(async () => {
  await db.close();
});

function call(path: string, init: { method?: string; json?: unknown; cookie?: string } = {}) {
  const headers = new Headers();
  if (init.json !== undefined) headers.set('content-type', 'application/json');
  if (init.cookie) headers.set('cookie', init.cookie);
  return api.fetch(new Request(`http://motcua.test${path}`, { method: init.method, headers, body: init.json === undefined ? undefined : JSON.stringify(init.json) }));
}

const identity = {
  centreName: 'Trung tâm Phục vụ hành chính công phường Bình Minh',
  centreShortName: 'Trung tâm PVHCC',
  unitCode: '000.20.31.H29',
  address: 'Số 1 đường Trần Phú, phường Bình Minh',
  phone: '0236 3812 000',
  province: 'Thành phố Đà Nẵng',
  communeName: 'Phường Bình Minh',
  peoplesCommittee: 'UBND PHƯỜNG BÌNH MINH',
  place: 'Bình Minh',
  signerName: 'Lê Văn Bình',
  signerTitle: 'Chủ tịch',
};
const body = (overrides: Record<string, unknown> = {}) => ({
  setupCode: SETUP_CODE,
  identity,
  admin: { username: 'quantri', fullName: 'Phan Thị Thu', password: 'Bình-Minh-quản-trị-2026' },
  ...overrides,
});
const count = async (table: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

describe('the first run', () => {
  it('starts with the defaults and no commune: the setup screen is open', async () => {
    expect(await (await call('/api/setup')).json()).toEqual({ needed: true, codeRequired: true });
    expect(await count('units')).toBe(0);
    expect(await count('procedures')).toBe(0);
    expect(await count('calendar_days')).toBeGreaterThan(10);
    expect((await call('/api/auth/me')).status).toBe(401);
  });

  it('asks for the code the server printed and a strong password, and writes nothing until they are right', async () => {
    const wrongCode = await call('/api/setup', { method: 'POST', json: body({ setupCode: 'AAAA-BBBB' }) });
    expect(wrongCode.status).toBe(400);
    expect((await wrongCode.json()).fields.setupCode.code).toBe('setup_code_invalid');
    const weak = await call('/api/setup', { method: 'POST', json: body({ admin: { username: 'quantri', fullName: 'Phan Thị Thu', password: 'ngan-qua' } }) });
    expect(weak.status).toBe(400);
    expect((await weak.json()).fields['admin.password'].code).toBe('password_too_short');
    const missing = await call('/api/setup', { method: 'POST', json: body({ identity: { ...identity, centreName: '', unitCode: 'mã sai' } }) });
    expect(Object.keys((await missing.json()).fields).sort()).toEqual(['identity.centreName', 'identity.unitCode']);
    expect(await count('units')).toBe(0);
    expect(await count('users')).toBe(0);
  });

  it('sets the identity and the administrator, signs them in, and closes', async () => {
    const response = await call('/api/setup', { method: 'POST', json: body() });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ username: 'quantri', role: 'admin', mustChangePassword: false, centreName: identity.centreName });
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
    const settings: AdminSettings = await (await call('/api/admin/settings', { cookie })).json();
    // Left out of the request: where citizens reach the server stays empty (the officers' address until set).
    expect(settings.identity.value).toEqual({ ...identity, publicAddress: '' });
    const centre = await (await call('/api/settings/centre', { cookie })).json();
    expect(centre).toMatchObject({ centreName: identity.centreName, unitCode: identity.unitCode, peoplesCommittee: identity.peoplesCommittee, signerTitle: 'Chủ tịch' });
    const log: AuditPage = await (await call('/api/audit-log', { cookie })).json();
    expect(log.entries.map((e) => e.action).sort()).toEqual(['auth.sign_in', 'setup.complete']);
    expect(await (await call('/api/setup')).json()).toEqual({ needed: false, codeRequired: true });
    const again = await call('/api/setup', { method: 'POST', json: body({ admin: { username: 'khac', fullName: 'Người khác', password: 'Mot-mat-khau-khac-2026' } }) });
    expect(again.status).toBe(409);
    expect(await count('users')).toBe(1);
  });

  it('then takes the commune’s own units and catalogue', async () => {
    const login = await call('/api/auth/login', { method: 'POST', json: { username: 'quantri', password: 'Bình-Minh-quản-trị-2026' } });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const unit = await call('/api/admin/units', {
      method: 'POST',
      cookie,
      json: { code: '000.21.31.H29', name: 'Văn phòng HĐND và UBND phường', shortName: 'Văn phòng', kind: 'department', address: '', phone: '', active: true },
    });
    expect(unit.status).toBe(201);
    const field = await (await call('/api/admin/fields', { method: 'POST', cookie, json: { code: 'HT', name: 'Hộ tịch', active: true } })).json();
    const created = await call('/api/admin/procedures', {
      method: 'POST',
      cookie,
      json: {
        code: '1.001193',
        name: 'Đăng ký khai sinh',
        fieldId: field.id,
        durationUnit: 'same_day',
        durationAmount: 0,
        feeLines: [],
        decidingUnitId: (await unit.json()).id,
        supplementClock: 'pause',
        onlineLevel: 'full',
        documents: [{ name: 'Tờ khai đăng ký khai sinh', required: true, defaultForm: 'original', defaultCount: 1 }],
        legShares: { desk_intake: 0.1, department: 0.1, handler: 0.65, approval: 0.15 },
        active: true,
      },
    });
    expect(created.status).toBe(201);
  });
});

describe('an install with MOTCUA_ADMIN_PASSWORD', () => {
  it('gets an administrator who must change the password, in a centre named generically', async () => {
    const other = await openPgliteDb();
    try {
      await prepareDatabase(other, { adminPassword: 'Tu-moi-truong-2026', adminMustChangePassword: true });
      const [centre] = await other.query<{ code: string; name: string }>("SELECT code, name FROM units WHERE kind = 'centre'");
      expect(centre).toEqual({ code: '000.00.00.H00', name: 'Trung tâm Phục vụ hành chính công' });
      const [admin] = await other.query<{ must_change_password: boolean }>("SELECT must_change_password FROM users WHERE username = 'admin'");
      expect(admin!.must_change_password).toBe(true);
    } finally {
      await other.close();
    }
  });
});
