import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import type { Procedure } from '../../src/domain/schemas/catalogue.ts';
import type { DossierDetail } from '../../src/domain/schemas/dossier.ts';

let t: TestApi;
let desk: string;
let procedure: Procedure;

beforeAll(async () => {
  t = await createTestApi();
  desk = await t.login('motcua1');
  const procedures: Procedure[] = await (await t.request('/api/procedures', { cookie: desk })).json();
  procedure = procedures.find((p) => p.code === '1.004873')!; // marital status, 3 working days
});
afterAll(async () => {
  await t.close();
});

let applicants = 0;
/** A valid walk-in; each for another person (the same person's second open one is a duplicate to acknowledge). */
function validBody(overrides: Record<string, unknown> = {}) {
  applicants += 1;
  return {
    procedureId: procedure.id,
    channel: 'walk_in',
    applicant: {
      name: 'Nguyễn Thị Hoa',
      idNumber: `010190${String(12344 + applicants).padStart(6, '0')}`,
      phone: '0912345678',
      email: 'hoa.nguyen@example.vn',
      address: 'Thôn Bảo An, xã Hoàng An, tỉnh Lào Cai',
    },
    documents: procedure.documents.map((d) => ({ procedureDocumentId: d.id, received: d.required, form: d.defaultForm, count: d.required ? 1 : 0 })),
    returnMethod: 'desk',
    feeAmount: 0,
    notes: '',
    ...overrides,
  };
}

async function count(sql: string): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(sql);
  return row!.n;
}

describe('POST /api/dossiers (receive at the desk)', () => {
  it('receives a walk-in: code, appointment, holder, event, checklist and receipt messages', async () => {
    const response = await t.request('/api/dossiers', { method: 'POST', cookie: desk, json: validBody() });
    expect(response.status).toBe(201);
    const dossier: DossierDetail = await response.json();
    expect(dossier.code).toMatch(/^000\.17\.22\.H56-261123-\d{4}$/);
    expect(dossier.status).toBe('received');
    expect(dossier.nationalStatusCode).toBe(2);
    // Monday 10:00 + 3 working days = Thursday 10:00.
    expect(dossier.appointmentAt).toBe(new Date('2026-11-26T10:00:00+07:00').toISOString());
    expect(dossier.holder.unitName).toBe('Trung tâm Phục vụ hành chính công xã Hoàng An');
    expect(dossier.holder.userName).toBe('Nguyễn Thị Thu Hà');
    expect(dossier.events).toHaveLength(1);
    expect(dossier.events[0]).toMatchObject({ action: 'receive', fromStatus: null, toStatus: 'received', actorRole: 'desk_officer' });
    expect(dossier.documents.map((d) => d.received)).toEqual(procedure.documents.map((d) => d.required));
    expect(dossier.registerNumber).toBeGreaterThan(0);
    const sms = dossier.notifications.find((n) => n.channel === 'sms')!;
    expect(sms).toMatchObject({ recipient: '0912345678', status: 'pending', template: 'received' });
    expect(sms.body).toContain(dossier.code);
    expect(sms.body).toContain('26/11/2026 10:00');
    expect(sms.body).not.toMatch(/[àáảãạăâđêôơư]/i);
    const mail = dossier.notifications.find((n) => n.channel === 'email')!;
    expect(mail.subject).toBe(`Hồ sơ ${dossier.code} đã được tiếp nhận`);
  });

  it.each([
    ['applicant.idNumber', { idNumber: '12345' }, { code: 'id_number_length', message: 'Số định danh cá nhân phải gồm đúng 12 chữ số' }],
    ['applicant.idNumber', { idNumber: '003190012345' }, { code: 'id_number_province', params: { province: '003' }, message: 'Mã tỉnh nơi đăng ký khai sinh "003" không hợp lệ' }],
    ['applicant.phone', { phone: '0212345678' }, { code: 'phone_invalid' }],
    ['applicant.email', { email: 'hoa@' }, { code: 'email_invalid', message: 'Địa chỉ e-mail không hợp lệ' }],
    ['applicant.name', { name: '   ' }, { code: 'applicant_name_required', message: 'Vui lòng nhập họ và tên' }],
    ['applicant.address', { address: 'x'.repeat(301) }, { code: 'text_too_long', params: { maximum: 300 }, message: 'Tối đa 300 ký tự' }],
  ])('rejects a bad %s with a field message (code, params, Vietnamese text) and writes nothing', async (field, applicantPatch, expected) => {
    const before = await count('SELECT count(*)::int AS n FROM dossiers');
    const body = validBody();
    const response = await t.request('/api/dossiers', { method: 'POST', cookie: desk, json: { ...body, applicant: { ...body.applicant, ...applicantPatch } } });
    expect(response.status).toBe(400);
    const error = await response.json();
    expect(error.fields[field]).toMatchObject(expected);
    expect(await count('SELECT count(*)::int AS n FROM dossiers')).toBe(before);
  });

  it('refuses to receive a dossier missing a required document, and says to issue form 02', async () => {
    const before = await count('SELECT count(*)::int AS n FROM dossier_code_counters');
    const lastBefore = await count('SELECT coalesce(sum(last_number), 0)::int AS n FROM dossier_code_counters');
    const body = validBody({ documents: procedure.documents.map((d) => ({ procedureDocumentId: d.id, received: false, form: 'original', count: 0 })) });
    const response = await t.request('/api/dossiers', { method: 'POST', cookie: desk, json: body });
    expect(response.status).toBe(400);
    const error = await response.json();
    expect(error.error).toBe('incomplete_dossier');
    expect(error.fields['documents.0.received']).toMatchObject({ code: 'document_missing', params: { name: procedure.documents[0]!.name } });
    expect(error.fields['documents.0.received'].message).toContain('mẫu 02');
    expect(await count('SELECT count(*)::int AS n FROM dossier_code_counters')).toBe(before);
    expect(await count('SELECT coalesce(sum(last_number), 0)::int AS n FROM dossier_code_counters')).toBe(lastBefore);
  });

  it('lets only desk officers receive', async () => {
    const handler = await t.login('hotich');
    const response = await t.request('/api/dossiers', { method: 'POST', cookie: handler, json: validBody() });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'desk_only_receive', message: 'Chỉ cán bộ Bộ phận Một cửa được tiếp nhận hồ sơ.' });
  });

  it('numbers 50 concurrent receipts consecutively with distinct codes', async () => {
    const officers = [desk, await t.login('motcua2')];
    const [{ n: last }] = await t.db.query<{ n: number }>(
      "SELECT coalesce(max(last_number), 0)::int AS n FROM dossier_code_counters WHERE day = '2026-11-23'",
    );
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => t.request('/api/dossiers', { method: 'POST', cookie: officers[i % 2], json: validBody() })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    const codes: string[] = await Promise.all(responses.map(async (r) => (await r.json()).code));
    expect(new Set(codes).size).toBe(50);
    const numbers = codes.map((code) => Number(code.slice(-4))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => last + 1 + i));
  });
});
