import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import { countRows } from '../setup/admin-bodies.ts';
import type { CalendarYear } from '../../src/domain/schemas/admin-calendar.ts';
import type { AdminSettings } from '../../src/domain/schemas/settings.ts';
import type { AuditPage } from '../../src/domain/schemas/audit.ts';
import type { CentreSettings } from '../../src/domain/schemas/catalogue.ts';
import { dossierSteps } from '../setup/dossier-steps.ts';

let t: TestApi;
let admin: string;
const steps = dossierSteps(() => t);

beforeAll(async () => {
  t = await createTestApi();
  admin = await t.login('admin');
});
afterAll(async () => {
  await t.close();
});

const appointment = async (query: string) => (await (await t.request(`/api/appointment?${query}`, { cookie: admin })).json()).appointmentAt as string;

describe('the working calendar', () => {
  it('adds a holiday: appointments already given stay, new receipts skip it, and open dossiers due that day are listed', async () => {
    // Received Mon 23/11/2026 10:00, 3 working days → Thu 26/11/2026 10:00.
    const dossier = await steps.receiveWalkIn();
    expect(dossier.appointmentAt).toBe(new Date('2026-11-26T10:00:00+07:00').toISOString());
    const response = await t.request('/api/admin/calendar', { method: 'POST', cookie: admin, json: { days: [{ date: '2026-11-26', kind: 'holiday', name: 'Nghỉ đột xuất' }] } });
    expect(response.status).toBe(201);
    const change = await response.json();
    expect(change.days).toEqual([{ date: '2026-11-26', kind: 'holiday', name: 'Nghỉ đột xuất', version: 1 }]);
    expect(change.dossiersOnHolidays.map((d: { code: string }) => d.code)).toContain(dossier.code);
    // The dossier keeps its appointment; the same receipt now would be due on Friday.
    const desk = await t.login('motcua1');
    expect((await (await t.request(`/api/dossiers/${dossier.id}`, { cookie: desk })).json()).appointmentAt).toBe(dossier.appointmentAt);
    expect(await appointment('receivedAt=2026-11-23T10:00:00%2B07:00&unit=working_days&amount=3')).toBe(new Date('2026-11-27T10:00:00+07:00').toISOString());
    const year: CalendarYear = await (await t.request('/api/admin/calendar?year=2026', { cookie: admin })).json();
    expect(year.days.find((d) => d.date === '2026-11-26')).toMatchObject({ name: 'Nghỉ đột xuất' });
    expect(year.dossiersOnHolidays.some((d) => d.id === dossier.id)).toBe(true);
  });

  it('adds a pasted list all or none: a day already there or a needless swap is refused with its place', async () => {
    const before = await countRows(t, 'calendar_days');
    const response = await t.request('/api/admin/calendar', {
      method: 'POST',
      cookie: admin,
      json: {
        days: [
          { date: '2027-12-31', kind: 'holiday', name: 'Nghỉ cuối năm' },
          { date: '2026-11-26', kind: 'holiday', name: 'Trùng' },
          { date: '2027-12-29', kind: 'working_day', name: 'Làm bù vào thứ Tư' },
        ],
      },
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.fields['days.1.date'].code).toBe('calendar_day_exists');
    expect(body.fields['days.2.date'].code).toBe('calendar_working_day_already');
    expect(await countRows(t, 'calendar_days')).toBe(before);
    const ok = await t.request('/api/admin/calendar', {
      method: 'POST',
      cookie: admin,
      json: { days: [{ date: '2027-12-31', kind: 'holiday', name: 'Nghỉ cuối năm' }, { date: '2028-01-08', kind: 'working_day', name: 'Làm bù' }] },
    });
    expect(ok.status).toBe(201);
  });

  it('renames and removes a day with its version, and logs each change', async () => {
    const renamed = await t.request('/api/admin/calendar/2027-12-31', { method: 'PUT', cookie: admin, json: { kind: 'holiday', name: 'Nghỉ bù cuối năm', version: 1 } });
    expect(renamed.status).toBe(200);
    const stale = await t.request('/api/admin/calendar/2027-12-31?version=1', { method: 'DELETE', cookie: admin });
    expect(stale.status).toBe(409);
    expect((await t.request('/api/admin/calendar/2027-12-31?version=2', { method: 'DELETE', cookie: admin })).status).toBe(204);
    expect((await t.request('/api/admin/calendar/2027-12-31?version=2', { method: 'DELETE', cookie: admin })).status).toBe(404);
    const audit: AuditPage = await (await t.request('/api/audit-log?category=administration&q=cuoi nam', { cookie: admin })).json();
    expect(audit.entries.map((e) => e.action)).toEqual(['calendar.delete', 'calendar.update', 'calendar.add']);
  });

  it('is the administrator’s', async () => {
    const desk = await t.login('motcua1');
    expect((await t.request('/api/admin/calendar?year=2026', { cookie: desk })).status).toBe(403);
    expect((await t.request('/api/admin/calendar', { method: 'POST', cookie: desk, json: { days: [{ date: '2027-12-30', kind: 'holiday', name: 'x' }] } })).status).toBe(403);
  });
});

describe('settings', () => {
  const settings = async (): Promise<AdminSettings> => (await t.request('/api/admin/settings', { cookie: admin })).json();

  it('sets office hours per weekday, with Saturday morning, used by the next appointment', async () => {
    const current = await settings();
    const week = { ...current.workingTime.value.week, saturday: { morning: { start: '07:30', end: '11:00' }, afternoon: null } };
    const response = await t.request('/api/admin/settings/working-time', {
      method: 'PUT',
      cookie: admin,
      json: { value: { ...current.workingTime.value, week }, version: current.workingTime.version },
    });
    expect(response.status).toBe(200);
    // Fri 27/11/2026 16:00 + 2 working hours: 1 h on Friday, 1 h from 07:30 on Saturday.
    expect(await appointment('receivedAt=2026-11-27T16:00:00%2B07:00&unit=working_hours&amount=2')).toBe(new Date('2026-11-28T08:30:00+07:00').toISOString());
    const stale = await t.request('/api/admin/settings/working-time', { method: 'PUT', cookie: admin, json: { value: current.workingTime.value, version: current.workingTime.version } });
    expect(stale.status).toBe(409);
  });

  it('refuses office hours that make no sense, on the field at fault, and keeps the old ones', async () => {
    const current = await settings();
    const week = { ...current.workingTime.value.week, monday: { morning: { start: '07:00', end: '12:00' }, afternoon: { start: '11:00', end: '17:00' } } };
    const response = await t.request('/api/admin/settings/working-time', {
      method: 'PUT',
      cookie: admin,
      json: { value: { ...current.workingTime.value, week, sameDayCutoff: '3pm' }, version: current.workingTime.version },
    });
    expect(response.status).toBe(400);
    const fields = (await response.json()).fields;
    expect(fields['value.week.monday.afternoon.start'].code).toBe('office_lunch_overlap');
    expect(fields['value.sameDayCutoff'].code).toBe('clock_invalid');
    expect((await settings()).workingTime).toEqual(current.workingTime);
  });

  it('puts the identity on every form, and keeps the leg shares, deadline, sessions and texts', async () => {
    const current = await settings();
    const identity = { ...current.identity.value, address: 'Thôn Bảo An, xã Hoàng An', phone: '0214 3800 000', signerName: 'Đỗ Mạnh Cường', signerTitle: 'CHỦ TỊCH' };
    // The address citizens' phones open the receipt's QR code at: an http(s) address or nothing.
    for (const wrong of ['motcua.hoangan.gov.vn', 'ftp://motcua.hoangan.gov.vn', 'https://motcua.hoangan.gov.vn/?x=1', 'https://']) {
      const refused = await t.request('/api/admin/settings/identity', {
        method: 'PUT',
        cookie: admin,
        json: { ...identity, publicAddress: wrong, version: current.identity.version, unitVersion: current.identity.unitVersion },
      });
      expect(refused.status, wrong).toBe(400);
      expect((await refused.json()).fields.publicAddress.code, wrong).toBe('public_address_invalid');
    }
    identity.publicAddress = 'https://motcua.hoangan.gov.vn';
    const saved = await t.request('/api/admin/settings/identity', {
      method: 'PUT',
      cookie: admin,
      json: { ...identity, version: current.identity.version, unitVersion: current.identity.unitVersion },
    });
    expect(saved.status).toBe(200);
    const desk = await t.login('motcua1');
    const centre: CentreSettings = await (await t.request('/api/settings/centre', { cookie: desk })).json();
    expect(centre).toMatchObject({
      address: 'Thôn Bảo An, xã Hoàng An',
      signerName: 'Đỗ Mạnh Cường',
      signerTitle: 'CHỦ TỊCH',
      province: current.identity.value.province,
      publicAddress: 'https://motcua.hoangan.gov.vn',
    });


    const shares = await t.request('/api/admin/settings/leg-shares', {
      method: 'PUT',
      cookie: admin,
      json: { value: { desk_intake: 0.05, department: 0.1, handler: 0.7, approval: 0.2 }, version: current.legShares.version },
    });
    expect(shares.status).toBe(400);
    expect((await shares.json()).fields['value.approval'].code).toBe('leg_shares_sum');
    const deadline = await t.request('/api/admin/settings/supplement-deadline', { method: 'PUT', cookie: admin, json: { supplementDeadlineWorkingDays: 10, version: current.supplementDeadline.version } });
    expect(deadline.status).toBe(200);
    const sessions = await t.request('/api/admin/settings/sessions', { method: 'PUT', cookie: admin, json: { idleMinutes: 30, absoluteHours: 10, version: current.sessions.version } });
    expect(sessions.status).toBe(200);
    const after = await settings();
    expect(after.supplementDeadline.value.supplementDeadlineWorkingDays).toBe(10);
    expect(after.sessions.value).toEqual({ idleMinutes: 30, absoluteHours: 10 });
  });

  it('sends the administrator’s message texts, and refuses a placeholder the message does not have', async () => {
    const current = await settings();
    const refused = await t.request('/api/admin/settings/notification-templates', {
      method: 'PUT',
      cookie: admin,
      json: { value: { received: { subject: 'Hồ sơ {code}', body: 'Hồ sơ {code}, hẹn {deadline}' } }, version: current.notificationTexts.version },
    });
    expect(refused.status).toBe(400);
    expect((await refused.json()).fields['value.received.body']).toMatchObject({ code: 'template_placeholder_unknown', params: { names: '{deadline}' } });
    const saved = await t.request('/api/admin/settings/notification-templates', {
      method: 'PUT',
      cookie: admin,
      json: { value: { received: { subject: 'Đã nhận hồ sơ {code}', body: '{centre} đã nhận hồ sơ {code}. Hẹn trả: {appointmentAt}.' } }, version: current.notificationTexts.version },
    });
    expect(saved.status).toBe(200);
    const dossier = await steps.receiveWalkIn();
    const desk = await t.login('motcua1');
    const detail = await (await t.request(`/api/dossiers/${dossier.id}`, { cookie: desk })).json();
    const sms = detail.notifications.find((n: { channel: string }) => n.channel === 'sms');
    expect(sms.body).toMatch(/^Trung tam Phuc vu hanh chinh cong xa Hoang An da nhan ho so 000\.17\.22\.H56-261123-\d{4}\. Hen tra: /);
  });

  it('is the administrator’s, and every change is in the log', async () => {
    const chair = await t.login('chutich');
    expect((await t.request('/api/admin/settings', { cookie: chair })).status).toBe(403);
    const audit: AuditPage = await (await t.request('/api/audit-log?action=settings.update', { cookie: admin })).json();
    expect(audit.entries.map((e) => e.entityId).sort()).toEqual(['centre', 'notification_templates', 'sessions', 'supplement_deadline_working_days', 'working_time'].sort());
    const identity = audit.entries.find((e) => e.entityId === 'centre')!;
    expect(identity.before).toMatchObject({ signerName: '' });
    expect(identity.after).toMatchObject({ signerName: 'Đỗ Mạnh Cường' });
  });
});
