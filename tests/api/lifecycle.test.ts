import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import type { DossierDetail } from '../../src/domain/schemas/dossier.ts';
import { dossierSteps } from '../setup/dossier-steps.ts';

// The clock moves as the dossier travels: each step happens at a chosen Vietnam time.
let clock = new Date('2026-11-23T10:00:00+07:00');
const at = (iso: string) => {
  const next = new Date(iso);
  // Back in time: a login at the later time may have cleared the sessions that had expired by then.
  if (next < clock) for (const user of Object.keys(sessions)) delete sessions[user];
  clock = next;
};
let t: TestApi;
// A session ends after an hour without requests: log in again when the test clock jumped further.
const sessions: Record<string, { cookie: string; lastUsed: number }> = {};
async function session(user: string): Promise<string> {
  const previous = sessions[user];
  const cookie = previous && clock.getTime() - previous.lastUsed < 3600_000 ? previous.cookie : await t.login(user);
  sessions[user] = { cookie, lastUsed: clock.getTime() };
  return cookie;
}
let hotichId: string;

beforeAll(async () => {
  t = await createTestApi({ now: () => clock });
  const [row] = await t.db.query<{ id: string }>("SELECT id FROM users WHERE username = 'hotich'");
  hotichId = row!.id;
});
afterAll(async () => {
  await t.close();
});

const { act, ok, receiveWalkIn } = dossierSteps(() => t, session);

describe('the whole lifecycle, with a visible holder', () => {
  it('desk → department → handler → supplement → chairperson → back to the citizen', async () => {
    at('2026-11-23T10:00:00+07:00');
    let d = await receiveWalkIn();
    expect(d.appointmentAt).toBe(new Date('2026-11-26T10:00:00+07:00').toISOString());
    expect(d.availableActions).toEqual(expect.arrayContaining(['hand_over', 'withdraw']));

    at('2026-11-23T10:30:00+07:00');
    d = await ok('motcua1', d, 'hand_over');
    expect(d).toMatchObject({ status: 'awaiting_assignment', holder: { unitName: 'Văn phòng HĐND và UBND xã', userName: null } });

    at('2026-11-23T11:00:00+07:00');
    const [handler] = await t.db.query<{ id: string }>("SELECT id FROM users WHERE username = 'hotich'");
    d = await ok('truongvp', d, 'assign', { handlerId: handler!.id });
    expect(d).toMatchObject({ status: 'processing', holder: { userName: 'Trần Thị Mai' } });

    at('2026-11-23T14:00:00+07:00');
    d = await ok('hotich', d, 'request_supplement', { items: [{ name: 'Bản sao giấy chứng tử của chồng' }], reason: 'Thiếu giấy tờ chứng minh' });
    expect(d).toMatchObject({ status: 'supplement_requested', supplementCount: 1, holder: { unitName: 'Trung tâm Phục vụ hành chính công xã Hoàng An', userName: null } });
    expect(d.dueState).toBe('paused'); // waiting for the applicant: not counted as due
    expect(d.notifications.at(-1)!.template).toBe('supplement_requested');

    at('2026-11-24T09:00:00+07:00');
    d = await ok('motcua2', d, 'receive_supplement', { note: 'Đã nhận bản sao giấy chứng tử' });
    // Paused Mon 14:00–17:00 and Tue 07:00–09:00 = 300 working minutes, added to Thu 10:00 → Thu 17:00.
    expect(d.appointmentAt).toBe(new Date('2026-11-26T17:00:00+07:00').toISOString());
    expect(d).toMatchObject({ status: 'processing', holder: { userName: 'Trần Thị Mai' }, pausedAt: null });

    at('2026-11-24T10:00:00+07:00');
    d = await ok('hotich', d, 'submit_result', { kind: 'granted', number: '25/XNTTHN', summary: 'Cấp giấy xác nhận tình trạng hôn nhân' });
    expect(d).toMatchObject({ status: 'awaiting_approval', holder: { userName: 'Đỗ Mạnh Cường' } });

    at('2026-11-24T11:00:00+07:00');
    const noNote = await act('chutich', d, 'return_to_handler', { note: '' });
    expect(noNote.status).toBe(400);
    d = await ok('chutich', d, 'return_to_handler', { note: 'Ghi rõ nơi cư trú trước đây' });
    expect(d).toMatchObject({ status: 'processing', holder: { userName: 'Trần Thị Mai' } });

    at('2026-11-24T14:00:00+07:00');
    d = await ok('hotich', d, 'submit_result', { kind: 'granted', number: '25/XNTTHN', summary: 'Cấp giấy xác nhận (đã bổ sung nơi cư trú)' });
    at('2026-11-24T15:00:00+07:00');
    d = await ok('chutich', d, 'approve');
    expect(d).toMatchObject({ status: 'result_ready', holder: { unitName: 'Trung tâm Phục vụ hành chính công xã Hoàng An' } });
    expect(d.result).toMatchObject({ kind: 'granted', number: '25/XNTTHN' });

    at('2026-11-25T08:00:00+07:00');
    d = await ok('motcua1', d, 'return_result', { method: 'desk', recipient: 'Phạm Thị Lan' });
    expect(d).toMatchObject({ status: 'returned', nationalStatusCode: 10, returnMethod: 'desk' });
    expect(d.returnedAt).toBe(clock.toISOString());
    // Returned: all that is left is the applicant's rating, on the desk's counter tablet.
    expect(d.availableActions).toEqual(['rate']);

    expect(d.events.map((e) => e.action)).toEqual([
      'receive', 'hand_over', 'assign', 'request_supplement', 'receive_supplement', 'submit_result',
      'return_to_handler', 'submit_result', 'approve', 'return_result',
    ]);
    expect(d.events.map((e) => e.toHolder?.userName ?? e.toHolder?.unitName)).toEqual([
      'Nguyễn Thị Thu Hà', 'Văn phòng HĐND và UBND xã', 'Trần Thị Mai', 'Trung tâm Phục vụ hành chính công xã Hoàng An', 'Trần Thị Mai',
      'Đỗ Mạnh Cường', 'Trần Thị Mai', 'Đỗ Mạnh Cường', 'Trung tâm Phục vụ hành chính công xã Hoàng An', 'Nguyễn Thị Thu Hà',
    ]);
    // Each handoff closes the leg the previous one started (control slip): same-day legs are on time,
    // legs finished a day or more before their deadline are early; waiting for the applicant is untimed.
    expect(d.events.map((e) => e.legResult)).toEqual([
      null, 'on_time', 'on_time', 'early', null, 'early', 'on_time', 'early', 'early', 'early',
    ]);
    // The desk's first leg: 10% of 1440 working minutes from Monday 10:00 = 14:24.
    expect(d.events[0]!.legDeadlineAt).toBe(new Date('2026-11-23T14:24:00+07:00').toISOString());
    // The return leg is due by the appointment.
    expect(d.events[8]!.legDeadlineAt).toBe(d.appointmentAt);
  });

  it('restarts the full time when the procedure says restart', async () => {
    at('2026-11-23T10:00:00+07:00');
    await t.db.query("UPDATE procedures SET supplement_clock = 'restart' WHERE code = '1.004873'");
    let d = await receiveWalkIn();
    d = await ok('motcua1', d, 'hand_over');
    const [handler] = await t.db.query<{ id: string }>("SELECT id FROM users WHERE username = 'hotich'");
    d = await ok('truongvp', d, 'assign', { handlerId: handler!.id });
    d = await ok('hotich', d, 'request_supplement', { items: [{ name: 'Tờ khai' }], reason: 'Sai thông tin' });
    at('2026-11-25T09:00:00+07:00');
    d = await ok('motcua1', d, 'receive_supplement');
    expect(d.appointmentAt).toBe(new Date('2026-11-30T09:00:00+07:00').toISOString()); // Wed 09:00 + 3 WD
    await t.db.query("UPDATE procedures SET supplement_clock = 'pause' WHERE code = '1.004873'");
  });
});

describe('who may do what (the API, not only the UI)', () => {
  async function seeded(status: string, extra = ''): Promise<DossierDetail> {
    const [row] = await t.db.query<{ id: string }>(`SELECT id FROM dossiers WHERE status = $1 ${extra} ORDER BY code LIMIT 1`, [status]);
    return (await t.request(`/api/dossiers/${row!.id}`, { cookie: await session('motcua1') })).json();
  }

  it.each([
    ['hand_over', 'received', ['truongvp', 'hotich', 'chutich', 'admin']],
    ['assign', 'awaiting_assignment', ['motcua1', 'hotich', 'chutich', 'admin']],
    ['request_supplement', 'processing', ['motcua1', 'truongvp', 'chutich', 'admin']],
    ['submit_result', 'processing', ['motcua1', 'truongvp', 'chutich', 'admin']],
    ['approve', 'awaiting_approval', ['motcua1', 'truongvp', 'hotich', 'admin']],
    ['return_to_handler', 'awaiting_approval', ['motcua1', 'truongvp', 'hotich', 'admin']],
    ['return_result', 'result_ready', ['truongvp', 'hotich', 'chutich', 'admin']],
    ['receive_supplement', 'supplement_requested', ['truongvp', 'hotich', 'chutich', 'admin']],
    ['accept_online', 'awaiting_intake', ['truongvp', 'hotich', 'chutich', 'admin']],
  ])('%s on a %s dossier is 403 for %j', async (action, status, users) => {
    at('2026-11-23T10:00:00+07:00');
    const d = await seeded(status);
    for (const user of users) {
      const response = await act(user, d, action, { handlerId: hotichId, items: [{ name: 'x' }], reason: 'x', kind: 'denied', summary: 'x', note: 'x', method: 'desk', recipient: 'x' });
      expect(response.status, `${action} by ${user}`).toBe(403);
      expect((await response.json()).message).toMatch(/\S/);
    }
    expect((await t.request(`/api/dossiers/${d.id}`, { cookie: await session('motcua1') }).then((r) => r.json())).version).toBe(d.version);
  });

  it('lets a department head act only within his department, and a handler only on what he holds', async () => {
    at('2026-11-23T10:00:00+07:00');
    const office = await seeded('awaiting_assignment', "AND holder_unit_id = (SELECT id FROM units WHERE code = '000.01.22.H56')");
    const [other] = await t.db.query<{ id: string }>("SELECT id FROM users WHERE username = 'diachinh'");
    const wrongHead = await act('truongkt', office, 'assign', { handlerId: other!.id });
    expect(wrongHead.status).toBe(403);
    expect(await wrongHead.json()).toMatchObject({ error: 'forbidden', code: 'dossier_not_in_department', message: 'Hồ sơ không thuộc phòng bạn phụ trách.' });
    const held = await seeded('processing', "AND holder_user_id = (SELECT id FROM users WHERE username = 'hotich')");
    const wrongHandler = await act('diachinh', held, 'submit_result', { kind: 'denied', summary: 'x' });
    expect(wrongHandler.status).toBe(403);
    expect(await wrongHandler.json()).toMatchObject({ error: 'forbidden', code: 'dossier_not_held_by_you', message: 'Bạn không phải người đang thụ lý hồ sơ này.' });
  });

  it('refuses an action the status does not allow with 409', async () => {
    const returned = await seeded('returned');
    const response = await act('motcua1', returned, 'hand_over');
    expect(response.status).toBe(409);
    expect((await response.json()).error).toBe('invalid_transition');
  });

  it('reassigns within the department', async () => {
    at('2026-11-23T10:00:00+07:00');
    const [office] = await t.db.query<{ id: string }>("SELECT id FROM units WHERE code = '000.01.22.H56'");
    const [second] = await t.db.query<{ id: string }>(
      `INSERT INTO users (username, full_name, role, unit_id, password_hash) VALUES ('hotich2', 'Lò Văn Sơn', 'handler', $1, 'x') RETURNING id`,
      [office!.id],
    );
    const d = await seeded('processing', `AND holder_unit_id = '${office!.id}'`);
    const moved = await ok('truongvp', d, 'reassign', { handlerId: second!.id, note: 'Chia lại việc' });
    expect(moved.holder.userName).toBe('Lò Văn Sơn');
    expect((await act('truongvp', moved, 'reassign', { handlerId: second!.id })).status).toBe(400);
  });

  it('withdraws on request wherever the dossier is, and stops with a reason', async () => {
    at('2026-11-23T10:00:00+07:00');
    const processing = await seeded('processing');
    const withdrawn = await ok('motcua2', processing, 'withdraw', { reason: 'Công dân đề nghị rút hồ sơ' });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', nationalStatusCode: 7 });
    const awaiting = await seeded('awaiting_approval');
    const stopped = await ok('chutich', awaiting, 'stop', { reason: 'Hồ sơ có dấu hiệu giả mạo' });
    expect(stopped).toMatchObject({ status: 'stopped', nationalStatusCode: 8 });
  });

  it('apologises with a new appointment only before the appointment passes', async () => {
    at('2026-11-23T10:00:00+07:00');
    let d = await receiveWalkIn();
    // Received Monday 23/11 10:00 with 3 working days: the receipt says Thursday 26/11 10:00.
    expect(d.originalAppointmentAt).toBe(new Date('2026-11-26T10:00:00+07:00').toISOString());
    const refused = async (newAppointmentAt: string) => {
      const response = await act('motcua1', d, 'apologize', { reason: 'Cần xác minh', newAppointmentAt });
      expect(response.status, newAppointmentAt).toBe(400);
      return Object.keys((await response.json()).fields);
    };
    expect(await refused('2026-11-25T10:00:00+07:00')).toEqual(['newAppointmentAt']); // before Thu 26/11 10:00
    expect(await refused('2026-11-26T10:00:00+07:00')).toEqual(['newAppointmentAt']); // the same instant
    expect(await refused('2026-11-28T09:00:00+07:00')).toEqual(['newAppointmentAt']); // a Saturday
    expect(await refused('2026-11-30T12:15:00+07:00')).toEqual(['newAppointmentAt']); // Monday at lunch
    expect(await refused('2026-11-30T19:00:00+07:00')).toEqual(['newAppointmentAt']); // Monday evening
    expect((await t.request(`/api/dossiers/${d.id}`, { cookie: await session('motcua1') }).then((r) => r.json())).version).toBe(d.version);

    d = await ok('motcua1', d, 'apologize', { reason: 'Cần xác minh thêm tại nơi cư trú cũ', newAppointmentAt: '2026-12-01T10:00:00+07:00' });
    expect(d.appointmentAt).toBe(new Date('2026-12-01T10:00:00+07:00').toISOString());
    expect(d.originalAppointmentAt).toBe(new Date('2026-11-26T10:00:00+07:00').toISOString());
    expect(d.status).toBe('received');
    expect(d.notifications.at(-1)!.template).toBe('apology');
    // A second apology (17:00, the close of a working day, is a working instant): form 04 and the
    // message still name the appointment given at receipt, not the one it replaces.
    d = await ok('chutich', d, 'apologize', { reason: 'Cơ quan phối hợp chưa trả lời', newAppointmentAt: '2026-12-03T17:00:00+07:00' });
    expect(d.originalAppointmentAt).toBe(new Date('2026-11-26T10:00:00+07:00').toISOString());
    expect(d.events.at(-1)!.details).toMatchObject({
      originalAppointmentAt: new Date('2026-11-26T10:00:00+07:00').toISOString(),
      previousAppointmentAt: new Date('2026-12-01T10:00:00+07:00').toISOString(),
      newAppointmentAt: new Date('2026-12-03T17:00:00+07:00').toISOString(),
    });
    const sms = d.notifications.filter((n) => n.template === 'apology' && n.channel === 'sms').at(-1)!;
    expect(sms.body).toContain('dung hen 26/11/2026 10:00');
    expect(sms.body).toContain('vao 03/12/2026 17:00');
    at('2026-12-04T08:00:00+07:00');
    const tooLate = await act('motcua1', d, 'apologize', { reason: 'x', newAppointmentAt: '2026-12-10T10:00:00+07:00' });
    expect(tooLate.status).toBe(409);
    expect((await t.request(`/api/dossiers/${d.id}`, { cookie: await session('motcua1') }).then((r) => r.json())).availableActions).not.toContain('apologize');
  });

  it('tells the applicant when a dossier is withdrawn or closed after the supplement deadline', async () => {
    at('2026-11-23T10:00:00+07:00');
    let withdrawn = await receiveWalkIn();
    withdrawn = await ok('motcua1', withdrawn, 'withdraw', { reason: 'Công dân đề nghị rút hồ sơ' });
    const withdrawal = withdrawn.notifications.filter((n) => n.template === 'withdrawn');
    expect(withdrawal.map((n) => [n.channel, n.recipient])).toEqual([['sms', '0977123456']]);
    expect(withdrawal[0]!.body).toContain('rut ho so');
    expect(withdrawal[0]!.body).toContain(withdrawn.code);

    let closed = await receiveWalkIn();
    closed = await ok('motcua1', closed, 'hand_over');
    closed = await ok('truongvp', closed, 'assign', { handlerId: hotichId });
    closed = await ok('hotich', closed, 'request_supplement', { items: [{ name: 'Tờ khai' }], reason: 'Thiếu chữ ký', deadlineWorkingDays: 1 });
    at('2026-11-25T08:00:00+07:00'); // the 1-working-day deadline was Tuesday 10:00
    closed = await ok('motcua1', closed, 'close_not_accepted');
    const closing = closed.notifications.filter((n) => n.template === 'closed_not_accepted');
    expect(closing).toHaveLength(1);
    expect(closing[0]!.body).toContain('qua thoi han bo sung');
    expect(closing[0]!.body).toContain('Qua thoi han bo sung ho so'); // the standard reason
  });

  it('closes as not accepted only after the supplement deadline', async () => {
    at('2026-11-23T10:00:00+07:00');
    const waiting = await seeded('supplement_requested', 'AND supplement_deadline_at > $2'.replace('$2', "'2026-11-23T03:00:00Z'"));
    expect((await act('motcua1', waiting, 'close_not_accepted')).status).toBe(409);
    at('2027-03-01T09:00:00+07:00');
    const closed = await ok('motcua1', waiting, 'close_not_accepted');
    expect(closed.status).toBe('not_accepted');
  });
});

describe('two people on one dossier at once', () => {
  it('one succeeds, the other gets 409 and nothing is lost', async () => {
    at('2026-11-23T10:00:00+07:00');
    const d = await receiveWalkIn();
    const [a, b] = await Promise.all([
      act('motcua1', d, 'hand_over', { note: 'Chuyển từ máy 1' }),
      act('motcua2', d, 'withdraw', { reason: 'Rút từ máy 2' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const after: DossierDetail = await (await t.request(`/api/dossiers/${d.id}`, { cookie: await session('motcua1') })).json();
    expect(after.version).toBe(d.version + 1);
    expect(after.events).toHaveLength(2);
    const loser = a.status === 409 ? a : b;
    expect((await loser.json()).error).toBe('stale_version');
  });
});

describe('bulk', () => {
  it('assigns several dossiers in one transaction, or none when one is stale', async () => {
    at('2026-11-23T10:00:00+07:00');
    // The department with the most dossiers waiting for assignment in the demo data, its head and its handler.
    const [department] = await t.db.query<{ unit_id: string }>(
      "SELECT holder_unit_id AS unit_id FROM dossiers WHERE status = 'awaiting_assignment' GROUP BY holder_unit_id ORDER BY count(*) DESC, holder_unit_id LIMIT 1",
    );
    const rows = await t.db.query<{ id: string; version: number }>(
      "SELECT id, version FROM dossiers WHERE status = 'awaiting_assignment' AND holder_unit_id = $1 ORDER BY code LIMIT 3",
      [department!.unit_id],
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const [handler] = await t.db.query<{ id: string }>("SELECT id FROM users WHERE role = 'handler' AND unit_id = $1 AND active ORDER BY username LIMIT 1", [department!.unit_id]);
    const [headUser] = await t.db.query<{ username: string }>("SELECT username FROM users WHERE role = 'department_head' AND unit_id = $1 AND active ORDER BY username LIMIT 1", [department!.unit_id]);
    const head = await t.login(headUser!.username);
    const stale = await t.request('/api/dossiers/bulk/assign', {
      method: 'POST',
      cookie: head,
      json: { handlerId: handler!.id, items: rows.map((r, i) => ({ id: r.id, version: i === 1 ? r.version + 9 : r.version })) },
    });
    expect(stale.status).toBe(409);
    const [{ n: untouched }] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM dossiers WHERE id = ANY($1::uuid[]) AND status = 'awaiting_assignment'",
      [rows.map((r) => r.id)],
    );
    expect(untouched).toBe(rows.length);
    const done = await t.request('/api/dossiers/bulk/assign', { method: 'POST', cookie: head, json: { handlerId: handler!.id, items: rows } });
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ updated: rows.length });
  });

  it('approves several results at once', async () => {
    at('2026-11-23T10:00:00+07:00');
    const rows = await t.db.query<{ id: string; version: number }>("SELECT id, version FROM dossiers WHERE status = 'awaiting_approval' ORDER BY code LIMIT 3");
    const response = await t.request('/api/dossiers/bulk/approve', { method: 'POST', cookie: await session('chutich'), json: { items: rows } });
    expect(response.status).toBe(200);
    const [{ n }] = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM dossiers WHERE id = ANY($1::uuid[]) AND status = 'result_ready'", [rows.map((r) => r.id)]);
    expect(n).toBe(rows.length);
  });
});
