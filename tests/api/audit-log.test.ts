import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import { TEST_NOW } from '../setup/test-clock.ts';
import type { AuditPage } from '../../src/domain/schemas/audit.ts';
import type { DossierListResponse } from '../../src/domain/schemas/dossier.ts';

let t: TestApi;
let clock = TEST_NOW;

beforeAll(async () => {
  t = await createTestApi({ now: () => clock });
});
afterAll(async () => {
  await t.close();
});

const page = async (cookie: string, query: string): Promise<AuditPage> => (await t.request(`/api/audit-log?${query}`, { cookie })).json();

describe('the audit log', () => {
  it('is read by the administrator and the chairperson only', async () => {
    for (const username of ['admin', 'chutich']) expect((await t.request('/api/audit-log', { cookie: await t.login(username) })).status).toBe(200);
    for (const username of ['motcua1', 'truongvp', 'hotich']) {
      const response = await t.request('/api/audit-log', { cookie: await t.login(username) });
      expect(response.status).toBe(403);
      expect((await response.json()).code).toBe('audit_log_forbidden');
      expect((await t.request('/api/audit-log.xlsx', { cookie: await t.login(username) })).status).toBe(403);
    }
  });

  it('records sign-ins and failed sign-ins with the username typed', async () => {
    await t.request('/api/auth/login', { method: 'POST', json: { username: 'khongco', password: 'sai' } });
    await t.request('/api/auth/login', { method: 'POST', json: { username: 'motcua2', password: 'sai mat khau' } });
    await t.login('motcua2');
    const admin = await t.login('admin');
    const failed = await page(admin, 'action=auth.sign_in_failed');
    expect(failed.entries.map((e) => [e.actorName, e.actorUserId, e.details])).toEqual([
      ['motcua2', null, { reason: 'invalid_credentials' }],
      ['khongco', null, { reason: 'invalid_credentials' }],
    ]);
    const signIns = await page(admin, 'category=sign_in&q=motcua2');
    expect(signIns.entries.map((e) => e.action)).toEqual(['auth.sign_in', 'auth.sign_in_failed']);
    expect(signIns.entries[0]).toMatchObject({ actorName: 'Lê Văn Hùng', actorUsername: 'motcua2', actorRole: 'desk_officer' });
  });

  it('records who opened which applicant’s dossier, once per few minutes of viewing', async () => {
    const desk = await t.login('motcua1');
    const list: DossierListResponse = await (await t.request('/api/dossiers?pageSize=1', { cookie: desk })).json();
    const dossier = list.items[0]!;
    await t.request(`/api/dossiers/${dossier.id}`, { cookie: desk });
    await t.request(`/api/dossiers/${dossier.id}`, { cookie: desk });
    clock = new Date(TEST_NOW.getTime() + 6 * 60_000);
    const again = await t.login('motcua1');
    await t.request(`/api/dossiers/${dossier.id}`, { cookie: again });
    const admin = await t.login('admin');
    const views = await page(admin, `category=personal_data&q=${encodeURIComponent(dossier.code)}`);
    expect(views.entries.map((e) => [e.at, e.actorUsername, e.entityLabel])).toEqual([
      [clock.toISOString(), 'motcua1', `${dossier.code} — ${dossier.applicantName}`],
      [TEST_NOW.toISOString(), 'motcua1', `${dossier.code} — ${dossier.applicantName}`],
    ]);
    expect(views.entries[0]!.details).toMatchObject({ what: 'dossier', code: dossier.code, applicant: dossier.applicantName });
  });

  it('cannot be changed or emptied, even from the database', async () => {
    await expect(t.db.query("UPDATE audit_log SET actor_name = 'x'")).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });

  it('filters by period, person and text without accents, pages, and exports what is filtered', async () => {
    const admin = await t.login('admin');
    const motcua2 = (await page(admin, 'q=motcua2&action=auth.sign_in')).entries[0]!.actorUserId!;
    const mine = await page(admin, `actorUserId=${motcua2}`);
    expect(mine.entries.every((e) => e.actorUserId === motcua2)).toBe(true);
    expect((await page(admin, 'from=2026-11-24')).total).toBe(0);
    expect((await page(admin, 'from=2026-11-23&to=2026-11-23')).total).toBeGreaterThan(5);
    const folded = await page(admin, `q=${encodeURIComponent('le van hung')}`);
    expect(folded.total).toBeGreaterThan(0);
    const first = await page(admin, 'pageSize=2&page=1');
    const second = await page(admin, 'pageSize=2&page=2');
    expect(first.entries).toHaveLength(2);
    expect(second.entries[0]!.id).toBeLessThan(first.entries[1]!.id);
    const bad = await t.request('/api/audit-log?from=2026-11-24&to=2026-11-01', { cookie: admin });
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields.to.code).toBe('period_end_before_start');

    const exported = await t.request('/api/audit-log.xlsx?category=sign_in&q=motcua2', { cookie: admin });
    expect(exported.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await exported.arrayBuffer());
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(5).value).toBe('Hoạt động');
    expect(sheet.getRow(2).getCell(5).value).toBe('Đăng nhập');
    expect(sheet.getRow(3).getCell(5).value).toBe('Đăng nhập không thành công');
  });
});
