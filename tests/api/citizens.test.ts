import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, TEST_PORTAL_KEY, type TestApi } from '../setup/test-api.ts';
import { dossierSteps } from '../setup/dossier-steps.ts';
import { TEST_NOW } from '../setup/test-clock.ts';
import type { DossierDetail } from '../../src/domain/schemas/dossier.ts';
import type { PublicDossier } from '../../src/domain/schemas/public-lookup.ts';
import { editBody } from '../setup/admin-bodies.ts';

// The public lookup, the applicant's rating and fees, through the API as the desk, the
// public page and the portal use it.

let t: TestApi;
let clock = TEST_NOW;
const steps = dossierSteps(() => t);
const { ok, act, receiveWalkIn } = steps;

beforeAll(async () => {
  t = await createTestApi({ now: () => clock, peerAddress: (c) => c.req.header('x-test-peer') });
});
afterAll(async () => {
  await t.close();
});

let peer = 0;
/** Each test looks up from its own address unless it is about the limit. */
function lookup(body: unknown, address = `10.0.0.${++peer % 250}`, headers: Record<string, string> = {}) {
  return t.request('/api/public/lookup', { method: 'POST', json: body, headers: { 'x-test-peer': address, ...headers } });
}

async function ids(username: string) {
  const [row] = await t.db.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]);
  return row!.id;
}

/** Walks a walk-in from receipt to the returned result (the department of `1.004873`). */
async function returnedDossier(applicant = { name: 'Phạm Thị Lan', idNumber: '010192004321', phone: '0977123456', address: 'Thôn Đồng Tâm' }) {
  let d = await receiveWalkIn('motcua1', { applicant });
  d = await ok('motcua1', d, 'hand_over');
  d = await ok('truongvp', d, 'assign', { handlerId: await ids('hotich') });
  d = await ok('hotich', d, 'submit_result', { kind: 'granted', number: '25/XNTTHN', summary: 'Cấp giấy xác nhận' });
  d = await ok('chutich', d, 'approve');
  return ok('motcua1', d, 'return_result', { method: 'desk', recipient: applicant.name });
}

describe('public lookup', () => {
  let dossier: DossierDetail;
  beforeAll(async () => {
    dossier = await receiveWalkIn('motcua1', {
      applicant: { name: 'Đỗ Văn Hùng', idNumber: '001090012345', phone: '0912345678', address: 'Xóm Trại, xã Hoàng An' },
    });
  });

  it('opens with the last 4 digits of the phone or the ID number, whatever the code\'s case', async () => {
    for (const digits of ['5678', '2345']) {
      const response = await lookup({ code: dossier.code.toLowerCase(), digits });
      expect(response.status).toBe(200);
      const body: PublicDossier = await response.json();
      expect(body).toMatchObject({ code: dossier.code, status: 'received', statusText: 'Đã tiếp nhận, đang chuyển xử lý', procedureName: dossier.procedureName });
      expect(body.holderUnitName).toMatch(/^Trung tâm Phục vụ hành chính công/);
      expect(body.appointmentAt).toBe(dossier.appointmentAt);
      expect(body.steps.map((step) => step.action)).toEqual(['receive']);
    }
  });

  it('answers a wrong code and wrong digits alike, and refuses digits that are not four', async () => {
    const wrongDigits = await lookup({ code: dossier.code, digits: '0000' });
    const wrongCode = await lookup({ code: `${dossier.code.slice(0, -4)}9999`, digits: '5678' });
    expect(wrongDigits.status).toBe(404);
    expect(wrongCode.status).toBe(404);
    expect(await wrongDigits.json()).toEqual(await wrongCode.json());
    const malformed = await lookup({ code: dossier.code, digits: '56a8' });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).fields.digits.code).toBe('lookup_digits_invalid');
  });

  it('is limited to 10 a minute per address (429 with Retry-After), other addresses and the portal unaffected', async () => {
    const address = '203.0.113.7';
    for (let i = 0; i < 10; i++) expect((await lookup({ code: dossier.code, digits: i % 2 ? '5678' : '1111' }, address)).status).not.toBe(429);
    const limited = await lookup({ code: dossier.code, digits: '5678' }, address);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).code).toBe('lookup_throttled');
    expect((await lookup({ code: dossier.code, digits: '5678' }, '203.0.113.8')).status).toBe(200);
    expect((await lookup({ code: dossier.code, digits: '5678' }, address, { 'x-api-key': TEST_PORTAL_KEY })).status).toBe(200);
    expect((await lookup({ code: dossier.code, digits: '5678' }, address, { 'x-api-key': 'wrong' })).status).toBe(401);
    // A minute later the address may look up again.
    clock = new Date(TEST_NOW.getTime() + 61_000);
    try {
      expect((await lookup({ code: dossier.code, digits: '5678' }, address)).status).toBe(200);
    } finally {
      clock = TEST_NOW;
    }
  });

  it('tells what to add when a supplement is asked, and where to collect the result', async () => {
    let d = await receiveWalkIn('motcua1', { applicant: { name: 'Lý Thị Mai', phone: '0988111222', address: 'Thôn Nam' } });
    d = await ok('motcua1', d, 'hand_over');
    d = await ok('truongvp', d, 'assign', { handlerId: await ids('hotich') });
    d = await ok('hotich', d, 'request_supplement', { items: [{ name: 'Bản sao giấy chứng tử', note: 'có chứng thực' }], reason: 'Thiếu giấy tờ' });
    const body: PublicDossier = await (await lookup({ code: d.code, digits: '1222' })).json();
    expect(body.status).toBe('supplement_requested');
    expect(body.supplement).toMatchObject({ reason: 'Thiếu giấy tờ', items: [{ name: 'Bản sao giấy chứng tử', note: 'có chứng thực' }] });
    expect(body.supplement?.deadlineAt).toBeTruthy();
    expect(body.steps.map((step) => step.text)).toEqual([
      'Tiếp nhận hồ sơ, hẹn ngày trả kết quả',
      'Chuyển phòng chuyên môn giải quyết',
      'Thẩm định, giải quyết hồ sơ',
      'Yêu cầu bổ sung hồ sơ',
    ]);
    expect(body.result).toMatchObject({ ready: false, returnMethod: 'desk' });
    expect(body.result.place.name).toMatch(/^Trung tâm Phục vụ hành chính công/);
  });

  it('never answers with an ID number, a phone number, an address or a staff member\'s name', async () => {
    const staff = await t.db.query<{ full_name: string; username: string }>('SELECT full_name, username FROM users');
    // One dossier of every status (demo data), plus the dossiers these tests made.
    const dossiers = await t.db.query<{ code: string; applicant_phone: string; applicant_id_number: string | null; applicant_address: string; submitter_phone: string | null; submitter_id_number: string | null }>(
      `SELECT DISTINCT ON (status) code, applicant_phone, applicant_id_number, applicant_address, submitter_phone, submitter_id_number
       FROM dossiers WHERE applicant_phone IS NOT NULL ORDER BY status, code`,
    );
    expect(dossiers.length).toBeGreaterThanOrEqual(12);
    for (const d of dossiers) {
      const response = await lookup({ code: d.code, digits: d.applicant_phone.replace(/\D/g, '').slice(-4) });
      expect(response.status, d.code).toBe(200);
      const text = await response.text();
      const secrets = [d.applicant_phone, d.applicant_id_number, d.submitter_phone, d.submitter_id_number, d.applicant_address].filter((value): value is string => !!value);
      for (const secret of secrets) expect(text, `${d.code} leaks ${secret}`).not.toContain(secret);
      for (const person of staff) {
        expect(text, `${d.code} names ${person.full_name}`).not.toContain(person.full_name);
        expect(text, `${d.code} names ${person.username}`).not.toMatch(new RegExp(`"${person.username}"`));
      }
    }
  });
});

describe('satisfaction rating', { timeout: 90_000 }, () => {
  it('is given once, after the result is returned: on the counter tablet', async () => {
    const open = await receiveWalkIn('motcua1');
    expect((await act('motcua1', open, 'rate', { level: 5 })).status).toBe(409);
    const early = await t.request('/api/public/ratings', { method: 'POST', json: { code: open.code, digits: '3456', level: 4 }, headers: { 'x-test-peer': '10.1.1.1' } });
    expect(early.status).toBe(409);
    expect((await early.json()).code).toBe('rating_before_return');

    const returned = await returnedDossier();
    const desk = await t.login('motcua1');
    const awaiting = await (await t.request('/api/counter/awaiting-rating', { cookie: desk })).json();
    expect(awaiting.dossier).toMatchObject({ id: returned.id, code: returned.code, rated: false });
    expect((await t.request('/api/counter/awaiting-rating', { cookie: await t.login('hotich') })).status).toBe(403);

    expect((await act('motcua1', returned, 'rate', { level: 7 })).status).toBe(400);
    const rated = await ok('motcua1', returned, 'rate', { level: 2, comment: 'Phải chờ lâu' });
    expect(rated.rating).toMatchObject({ level: 2, comment: 'Phải chờ lâu', channel: 'counter' });
    expect(rated.status).toBe('returned');
    expect(rated.events.at(-1)).toMatchObject({ action: 'rate', details: { level: 2, channel: 'counter' } });
    expect((await act('motcua1', rated, 'rate', { level: 5 })).status).toBe(409);
    expect((await (await t.request('/api/counter/awaiting-rating', { cookie: desk })).json()).dossier).toBeNull();
  });

  it('is given once, after the result is returned: on the lookup page', async () => {
    const desk = await t.login('motcua1');
    const other = await returnedDossier({ name: 'Vũ Văn Nam', idNumber: '036095000777', phone: '0355000111', address: 'Thôn Bắc' });
    const viaLookup = await t.request('/api/public/ratings', { method: 'POST', json: { code: other.code, digits: '0777', level: 5, comment: 'Nhanh, chu đáo' }, headers: { 'x-test-peer': '10.1.1.2' } });
    expect(viaLookup.status).toBe(200);
    expect((await viaLookup.json()).rating).toEqual({ given: true, open: false });
    const again = await t.request('/api/public/ratings', { method: 'POST', json: { code: other.code, digits: '0777', level: 1 }, headers: { 'x-test-peer': '10.1.1.2' } });
    expect(again.status).toBe(409);
    const detail: DossierDetail = await (await t.request(`/api/dossiers/${other.id}`, { cookie: desk })).json();
    expect(detail.rating).toMatchObject({ level: 5, channel: 'lookup' });
  });
});

describe('fees', { timeout: 90_000 }, () => {
  it('the desk records payments up to the fee; the list filters paid and unpaid', async () => {
    let d = await receiveWalkIn('motcua1', { procedureCode: '1.004859' }); // 28.000 đ, due at receipt
    expect(d.fee).toMatchObject({ amount: 28000, paidAmount: 0, state: 'unpaid', due: 'at_receipt' });
    expect(d.availableActions).toContain('record_payment');
    const body = { amount: 10000, method: 'cash', receiptNumber: 'BL-0001', payerName: 'Phạm Thị Lan' };
    expect((await act('hotich', d, 'record_payment', body)).status).toBe(403);
    expect((await act('motcua1', d, 'record_payment', { ...body, amount: 30000 })).status).toBe(400);
    const missing = await act('motcua1', d, 'record_payment', { amount: 0, method: 'cash', receiptNumber: '', payerName: '' });
    expect(Object.keys((await missing.json()).fields).sort()).toEqual(['amount', 'payerName', 'receiptNumber']);
    const before = d;
    d = await ok('motcua1', d, 'record_payment', body);
    // The version the officer saw is no longer the dossier's: nothing is recorded twice.
    expect((await act('motcua1', before, 'record_payment', body)).status).toBe(409);
    expect(d.fee).toMatchObject({ paidAmount: 10000, state: 'partial', paidAt: null });
    const unpaid = async () => (await (await t.request(`/api/dossiers?fee=unpaid&q=${d.code}`, { cookie: await t.login('motcua1') })).json()).total;
    expect(await unpaid()).toBe(1);
    d = await ok('motcua1', d, 'record_payment', { ...body, amount: 18000, method: 'transfer', receiptNumber: 'BL-0002' });
    expect(d.fee).toMatchObject({ paidAmount: 28000, state: 'paid', paidAt: TEST_NOW.toISOString(), paidOnline: false });
    expect(d.payments.map((p) => [p.amount, p.method, p.receiptNumber, p.recordedByName])).toEqual([
      [10000, 'cash', 'BL-0001', 'Nguyễn Thị Thu Hà'],
      [18000, 'transfer', 'BL-0002', 'Nguyễn Thị Thu Hà'],
    ]);
    expect(d.availableActions).not.toContain('record_payment');
    expect((await act('motcua1', d, 'record_payment', body)).status).toBe(409);
    expect(await unpaid()).toBe(0);
    const audit = await t.db.query<{ action: string }>("SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'fee.%'", [d.id]);
    expect(audit).toHaveLength(2);
  });

  it('a procedure whose fees are due before the return blocks the return until they are paid; one due at receipt does not', async () => {
    let d = await receiveWalkIn('motcua1', { procedureCode: '1.009994' }); // building permit, 75.000 đ, before return
    expect(d.fee.due).toBe('before_return');
    d = await ok('motcua1', d, 'hand_over');
    d = await ok('truongkt', d, 'assign', { handlerId: await ids('diachinh') });
    d = await ok('diachinh', d, 'submit_result', { kind: 'granted', number: '12/GPXD', summary: 'Cấp giấy phép xây dựng' });
    d = await ok('chutich', d, 'approve');
    const blocked = await act('motcua1', d, 'return_result', { method: 'desk', recipient: 'Phạm Thị Lan' });
    expect(blocked.status).toBe(409);
    expect(await blocked.json()).toMatchObject({ error: 'fee_unpaid', code: 'fee_due_before_return', params: { remaining: '75.000' } });
    d = await ok('motcua2', d, 'record_payment', { amount: 75000, method: 'cash', receiptNumber: 'BL-0100', payerName: 'Phạm Thị Lan' });
    d = await ok('motcua1', d, 'return_result', { method: 'desk', recipient: 'Phạm Thị Lan' });
    expect(d.status).toBe('returned');

    let atReceipt = await receiveWalkIn('motcua1', { procedureCode: '2.000884' }); // 10.000 đ at receipt, same day
    atReceipt = await ok('motcua1', atReceipt, 'hand_over');
    atReceipt = await ok('truongvp', atReceipt, 'assign', { handlerId: await ids('hotich') });
    atReceipt = await ok('hotich', atReceipt, 'submit_result', { kind: 'granted', number: '1/CT', summary: 'Chứng thực chữ ký' });
    atReceipt = await ok('chutich', atReceipt, 'approve');
    expect((await act('motcua1', atReceipt, 'return_result', { method: 'desk', recipient: 'Phạm Thị Lan' })).status).toBe(200);
  });

  it('the portal reports online payments, idempotent on its transaction id', async () => {
    const d = await receiveWalkIn('motcua1', { procedureCode: '2.000720' }); // 100.000 đ
    const report = { transactionId: 'VNPAY-20261123-0001', dossierCode: d.code, amount: 100000, paidAt: '2026-11-23T10:00:00+07:00' };
    const pay = (body: unknown, key = TEST_PORTAL_KEY) => t.request('/api/portal/payments', { method: 'POST', json: body, headers: { 'x-api-key': key } });
    expect((await pay(report, 'wrong')).status).toBe(401);
    expect((await t.request('/api/portal/payments', { method: 'POST', json: report })).status).toBe(401);
    const first = await pay(report);
    expect(first.status).toBe(201);
    const created = await first.json();
    expect(created).toMatchObject({ transactionId: report.transactionId, dossierCode: d.code, amount: 100000, feeState: 'paid', created: true });
    const second = await pay(report);
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({ ...created, created: false });
    expect((await pay({ ...report, amount: 90000 })).status).toBe(409);
    const detail: DossierDetail = await (await t.request(`/api/dossiers/${d.id}`, { cookie: await t.login('motcua1') })).json();
    expect(detail.fee).toMatchObject({ state: 'paid', paidOnline: true });
    expect(detail.payments).toEqual([expect.objectContaining({ method: 'online', transactionId: report.transactionId, recordedByName: null, receiptNumber: null })]);
    expect(detail.events.filter((e) => e.action === 'record_payment')).toHaveLength(1);
    expect((await pay({ ...report, transactionId: 'VNPAY-20261123-0002' })).status).toBe(409);
    expect((await pay({ ...report, transactionId: 'X', dossierCode: 'KHONG-CO' })).status).toBe(404);
    const lookupBody: PublicDossier = await (await lookup({ code: d.code, digits: '3456' })).json();
    expect(lookupBody.fee).toMatchObject({ state: 'paid', paidOnline: true });
  });
});

describe('procedure setting: when fees are due', () => {
  it('is part of a procedure version the administrator edits', async () => {
    const admin = await t.login('admin');
    const detail = await (await t.request('/api/admin/procedures/1.004859', { cookie: admin })).json();
    expect(detail.versions.at(-1).feeDue).toBe('at_receipt');
    const body = editBody(detail, { feeDue: 'before_return', effectiveFrom: '2026-11-24' });
    const response = await t.request('/api/admin/procedures/1.004859', { method: 'PUT', cookie: admin, json: body });
    expect(response.status).toBe(200);
    const saved = await response.json();
    expect(saved.outcome).toBe('new_version');
    expect(saved.versions.at(-1).feeDue).toBe('before_return');
    const [entry] = await t.db.query<{ details: { changedRules: string[] } }>("SELECT details FROM audit_log WHERE action = 'procedure.new_version' AND entity_id = '1.004859'");
    expect(entry!.details.changedRules).toEqual(['feeDue']);
  });
});
