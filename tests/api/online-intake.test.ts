import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, TEST_PORTAL_KEY, type TestApi } from '../setup/test-api.ts';
import type { DossierDetail } from '../../src/domain/schemas/dossier.ts';

let t: TestApi;
let desk: string;
const pdf = btoa('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF');

beforeAll(async () => {
  t = await createTestApi();
  desk = await t.login('motcua1');
});
afterAll(async () => {
  await t.close();
});

function submission(submissionId: string, overrides: Record<string, unknown> = {}) {
  return {
    submissionId,
    procedureCode: '2.000720', // household business, 3 working days
    channel: 'online',
    applicant: { name: 'Trần Văn Bình', idNumber: '010085001234', phone: '0987654321', address: 'Thôn An Cập, xã Hoàng An' },
    documents: [{ position: 1, form: 'original', count: 1, files: [{ fileName: 'giay-de-nghi.pdf', contentBase64: pdf }] }],
    returnMethod: 'online',
    ...overrides,
  };
}

async function submit(body: unknown, key = TEST_PORTAL_KEY) {
  return t.request('/api/portal/submissions', { method: 'POST', json: body, headers: { 'x-api-key': key } });
}

async function dossier(id: string): Promise<DossierDetail> {
  return (await t.request(`/api/dossiers/${id}`, { cookie: desk })).json();
}

async function act(id: string, action: string, body: Record<string, unknown>, cookie = desk) {
  return t.request(`/api/dossiers/${id}/actions/${action}`, { method: 'POST', cookie, json: body });
}

describe('portal submissions', () => {
  it('needs the portal API key', async () => {
    expect((await t.request('/api/portal/submissions', { method: 'POST', json: submission('G-0') })).status).toBe(401);
    expect((await submit(submission('G-0'), 'wrong-key')).status).toBe(401);
    // A staff session is not a portal key.
    expect((await t.request('/api/portal/submissions', { method: 'POST', cookie: desk, json: submission('G-0') })).status).toBe(401);
  });

  it('creates a dossier awaiting intake, with its files, and is idempotent on the submission id', async () => {
    const first = await submit(submission('G22.DVCQG-TEST-000001'));
    expect(first.status).toBe(201);
    const created = await first.json();
    expect(created).toMatchObject({ status: 'awaiting_intake', created: true });
    const again = await submit(submission('G22.DVCQG-TEST-000001'));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ dossierId: created.dossierId, created: false });
    const [{ n }] = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM dossiers WHERE portal_submission_id = 'G22.DVCQG-TEST-000001'");
    expect(n).toBe(1);

    const d = await dossier(created.dossierId);
    expect(d.channel).toBe('online');
    expect(d.receivedAt).toBeNull();
    expect(d.appointmentAt).toBeNull();
    expect(d.events.map((e) => e.action)).toEqual(['submit_online']);
    expect(d.attachments).toHaveLength(1);
    expect(d.attachments[0]).toMatchObject({ fileName: 'giay-de-nghi.pdf', contentType: 'application/pdf' });
    expect(d.attachments[0]!.dossierDocumentId).toBe(d.documents[0]!.id);
  });

  it('is idempotent when the same submission arrives twice at once', async () => {
    const [a, b] = await Promise.all([submit(submission('G-RACE-1')), submit(submission('G-RACE-1'))]);
    const ids = new Set([(await a.json()).dossierId, (await b.json()).dossierId]);
    expect(ids.size).toBe(1);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
  });

  it('rejects an unknown procedure and a bad phone with field messages', async () => {
    const response = await submit(submission('G-BAD', { procedureCode: '9.9', applicant: { name: 'A', phone: '123', address: 'x' } }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(Object.keys(body.fields)).toContain('applicant.phone');
  });
});

describe('the intake queue: accept, ask to complete, refuse', () => {
  it('accepts: the clock starts at acceptance and the receipt goes to the applicant', async () => {
    const { dossierId } = await (await submit(submission('G-ACCEPT', { submittedAt: '2026-11-20T21:00:00+07:00' }))).json();
    const before = await dossier(dossierId);
    const response = await act(dossierId, 'accept_online', { version: before.version });
    expect(response.status).toBe(200);
    const after: DossierDetail = await response.json();
    expect(after.status).toBe('received');
    expect(after.receivedAt).toBe(new Date('2026-11-23T10:00:00+07:00').toISOString());
    // Accepted Monday 10:00 + 3 working days, not counted from the Friday-night submission.
    expect(after.appointmentAt).toBe(new Date('2026-11-26T10:00:00+07:00').toISOString());
    expect(after.holder.userName).toBe('Nguyễn Thị Thu Hà');
    expect(after.notifications.map((n) => [n.channel, n.template])).toEqual([['sms', 'received']]);
    expect(after.version).toBe(before.version + 1);
  });

  it('asks to complete (form 02), the portal delivers, the dossier is back in the queue', async () => {
    const { dossierId } = await (await submit(submission('G-COMPLETE'))).json();
    const d = await dossier(dossierId);
    const missing = await act(dossierId, 'request_completion', { version: d.version, items: [], reason: '' });
    expect(missing.status).toBe(400);
    expect(Object.keys((await missing.json()).fields)).toEqual(expect.arrayContaining(['items', 'reason']));

    const asked = await act(dossierId, 'request_completion', {
      version: d.version,
      items: [{ name: 'Bản sao giấy tờ pháp lý của cá nhân', note: 'Bản chụp bị mờ' }],
      reason: 'Giấy tờ không đọc được',
    });
    expect(asked.status).toBe(200);
    const waiting: DossierDetail = await asked.json();
    expect(waiting.status).toBe('intake_completion_requested');
    expect(waiting.notifications.at(-1)!.body).toContain('Ban sao giay to phap ly');

    const delivered = await t.request('/api/portal/submissions/G-COMPLETE/documents', {
      method: 'POST',
      headers: { 'x-api-key': TEST_PORTAL_KEY },
      json: { note: 'Đã bổ sung bản chụp rõ', documents: [{ position: 2, files: [{ fileName: 'cccd.pdf', contentBase64: pdf }] }] },
    });
    expect(delivered.status).toBe(200);
    expect((await delivered.json()).status).toBe('awaiting_intake');
    const back = await dossier(dossierId);
    expect(back.events.map((e) => e.action)).toEqual(['submit_online', 'request_completion', 'complete_submission']);
    expect(back.documents.find((doc) => doc.position === 2)!.received).toBe(true);
    expect(back.attachments.map((a) => a.kind).sort()).toEqual(['document', 'supplement']);

    // Delivering again when nothing was asked is a conflict, not a silent change.
    const again = await t.request('/api/portal/submissions/G-COMPLETE/documents', {
      method: 'POST',
      headers: { 'x-api-key': TEST_PORTAL_KEY },
      json: { documents: [{ position: 1 }] },
    });
    expect(again.status).toBe(409);
  });

  it('refuses (form 03) with a reason, and the dossier is finished', async () => {
    const { dossierId } = await (await submit(submission('G-REFUSE'))).json();
    const d = await dossier(dossierId);
    expect((await act(dossierId, 'refuse', { version: d.version, reason: '' })).status).toBe(400);
    const response = await act(dossierId, 'refuse', { version: d.version, reason: 'Thủ tục không thuộc thẩm quyền của xã' });
    expect(response.status).toBe(200);
    const refused: DossierDetail = await response.json();
    expect(refused.status).toBe('refused');
    expect(refused.nationalStatusCode).toBe(3);
    expect(refused.finishedAt).not.toBeNull();
    expect(refused.events.at(-1)!.note).toBe('Thủ tục không thuộc thẩm quyền của xã');
    expect((await act(dossierId, 'accept_online', { version: refused.version })).status).toBe(409);
  });

  it('rejects a stale version with 409 and a handler with 403', async () => {
    const { dossierId } = await (await submit(submission('G-STALE'))).json();
    const d = await dossier(dossierId);
    const stale = await act(dossierId, 'accept_online', { version: d.version + 5 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error).toBe('stale_version');
    const handler = await t.login('hotich');
    expect((await act(dossierId, 'accept_online', { version: d.version }, handler)).status).toBe(403);
    expect((await dossier(dossierId)).status).toBe('awaiting_intake');
  });
});

describe('walk-in guidance and refusal slips', () => {
  it('numbers and logs a guidance slip (form 02) without creating a dossier', async () => {
    const procedures = await (await t.request('/api/procedures', { cookie: desk })).json();
    const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers');
    const response = await t.request('/api/intake-slips', {
      method: 'POST',
      cookie: desk,
      json: {
        kind: 'guidance',
        procedureId: procedures[0].id,
        applicant: { name: 'Lê Thị Cúc', phone: '0356789012', address: 'Thôn Hoàng Liên' },
        items: [{ name: 'Giấy chứng sinh', note: 'Bản chính' }],
        reason: 'Thiếu giấy chứng sinh',
      },
    });
    expect(response.status).toBe(201);
    const slip = await response.json();
    expect(slip.number).toBe('1/2026/HD');
    expect(slip.officer.name).toBe('Nguyễn Thị Thu Hà');
    const after = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers');
    expect(after[0]!.n).toBe(before[0]!.n);
    expect((await t.request(`/api/intake-slips/${slip.id}`, { cookie: desk })).status).toBe(200);

    const noItems = await t.request('/api/intake-slips', {
      method: 'POST',
      cookie: desk,
      json: { kind: 'guidance', procedureId: procedures[0].id, applicant: { name: 'X', address: '' }, items: [], reason: 'Thiếu' },
    });
    expect(noItems.status).toBe(400);
    expect((await noItems.json()).fields.items).toBeTruthy();
  });
});
