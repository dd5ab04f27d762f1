import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import type { DossierListResponse } from '../../src/domain/schemas/dossier.ts';
import { foldText } from '../../src/domain/text.ts';

let t: TestApi;
const sessions: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApi();
  for (const user of ['motcua1', 'truongvp', 'truongkt', 'hotich', 'chutich']) sessions[user] = await t.login(user);
});
afterAll(async () => {
  await t.close();
});

async function list(query: string, user = 'motcua1'): Promise<DossierListResponse> {
  const response = await t.request(`/api/dossiers?pageSize=100&${query}`, { cookie: sessions[user] });
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(sql, params);
  return row!.n;
}

describe('the search box', () => {
  it('"nguyen van" finds "Nguyễn Văn …", ignoring accents and case', async () => {
    const result = await list('q=nguyen%20van');
    const expected = await count(
      "SELECT count(*)::int AS n FROM dossiers WHERE search_text LIKE '%nguyen van%'",
    );
    expect(result.total).toBe(expected);
    expect(result.total).toBeGreaterThan(0);
    expect(result.items.every((d) => foldText(d.applicantName).includes('nguyen van') || d.applicantName !== '')).toBe(true);
    expect(result.items.some((d) => d.applicantName.startsWith('Nguyễn Văn'))).toBe(true);
  });

  it('"d" finds "đ": "dang" finds "Đặng …"', async () => {
    const result = await list('q=dang');
    expect(result.items.some((d) => d.applicantName.startsWith('Đặng'))).toBe(true);
    const withAccents = await list(`q=${encodeURIComponent('ĐẶNG')}`);
    expect(withAccents.total).toBe(result.total);
  });

  it('finds partial words: the start of a family name and a cut given name', async () => {
    const [sample] = await t.db.query<{ code: string; applicant_name: string }>(
      "SELECT code, applicant_name FROM dossiers WHERE applicant_name LIKE 'Trần %' ORDER BY code LIMIT 1",
    );
    const words = foldText(sample!.applicant_name).split(' ');
    const partial = `tra ${words.slice(1).join(' ').slice(0, -1)}`.replace(/^tra /, 'ran ');
    const result = await list(`q=${encodeURIComponent(partial)}`);
    expect(result.items.map((d) => d.code)).toContain(sample!.code);
  });

  it('finds by a full code, an ID number and a phone', async () => {
    const [d] = await t.db.query<{ code: string; applicant_id_number: string; applicant_phone: string }>(
      'SELECT code, applicant_id_number, applicant_phone FROM dossiers WHERE applicant_id_number IS NOT NULL AND applicant_phone IS NOT NULL ORDER BY code LIMIT 1',
    );
    expect((await list(`q=${encodeURIComponent(d!.code.toLowerCase())}`)).items.map((x) => x.code)).toEqual([d!.code]);
    expect((await list(`q=${d!.applicant_id_number}`)).items.map((x) => x.code)).toContain(d!.code);
    expect((await list(`q=${d!.applicant_phone}`)).items.map((x) => x.code)).toContain(d!.code);
  });

  it('treats LIKE wildcards as text', async () => {
    expect((await list('q=%25')).total).toBe(0);
    expect((await list('q=_')).total).toBe(0);
  });
});

describe('filters', () => {
  it.each([
    ['procedure', 'procedureId', 'SELECT procedure_id AS v FROM dossiers LIMIT 1', 'procedure_id = $1'],
    ['department', 'departmentId', "SELECT deciding_unit_id AS v FROM dossiers WHERE status = 'processing' LIMIT 1", 'deciding_unit_id = $1'],
    ['handler', 'handlerId', 'SELECT handler_user_id AS v FROM dossiers WHERE handler_user_id IS NOT NULL LIMIT 1', 'handler_user_id = $1'],
    ['field', 'fieldId', 'SELECT field_id AS v FROM procedures LIMIT 1', 'procedure_id IN (SELECT id FROM procedures WHERE field_id = $1)'],
  ])('by %s', async (_name, param, pick, where) => {
    const [{ v }] = await t.db.query<{ v: string }>(pick);
    const result = await list(`${param}=${v}`);
    expect(result.total).toBe(await count(`SELECT count(*)::int AS n FROM dossiers WHERE ${where}`, [v]));
    expect(result.total).toBeGreaterThan(0);
  });

  it('by channel', async () => {
    const result = await list('channel=postal');
    expect(result.total).toBe(await count("SELECT count(*)::int AS n FROM dossiers WHERE channel = 'postal'"));
    expect(result.items.every((d) => d.channel === 'postal')).toBe(true);
  });

  it('by received and appointment date ranges (Vietnam days, both ends included)', async () => {
    const result = await list('receivedFrom=2026-11-16&receivedTo=2026-11-20');
    expect(result.total).toBe(
      await count(
        "SELECT count(*)::int AS n FROM dossiers WHERE coalesce(received_at, submitted_at) >= '2026-11-16T00:00:00+07:00' AND coalesce(received_at, submitted_at) < '2026-11-21T00:00:00+07:00'",
      ),
    );
    const byAppointment = await list('appointmentFrom=2026-11-24&appointmentTo=2026-11-24');
    expect(byAppointment.items.every((d) => d.appointmentAt!.startsWith('2026-11-24') || d.appointmentAt!.startsWith('2026-11-23T1'))).toBe(true);
    expect(byAppointment.total).toBeGreaterThan(0);
  });

  it('late and due soon agree with each row\'s due state', async () => {
    const late = await list('due=late');
    expect(late.total).toBeGreaterThan(0);
    expect(late.items.every((d) => d.dueState === 'late')).toBe(true);
    const soon = await list('due=due_soon');
    expect(soon.total).toBeGreaterThan(0);
    expect(soon.items.every((d) => d.dueState === 'due_soon')).toBe(true);
  });

  it('rejects a bad date and a bad id with field messages', async () => {
    const response = await t.request('/api/dossiers?receivedFrom=23/11/2026&handlerId=x', { cookie: sessions.motcua1 });
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).fields).sort()).toEqual(['handlerId', 'receivedFrom']);
  });
});

describe('work queues', () => {
  it.each([
    ['motcua1', 'online_intake', "SELECT count(*)::int AS n FROM dossiers WHERE status = 'awaiting_intake'"],
    ['motcua1', 'to_return', "SELECT count(*)::int AS n FROM dossiers WHERE status = 'result_ready'"],
    ['truongvp', 'awaiting_assignment', "SELECT count(*)::int AS n FROM dossiers d JOIN users u ON u.username = 'truongvp' WHERE d.status = 'awaiting_assignment' AND d.holder_unit_id = u.unit_id"],
    ['hotich', 'mine', "SELECT count(*)::int AS n FROM dossiers d JOIN users u ON u.username = 'hotich' WHERE d.holder_user_id = u.id"],
    ['chutich', 'awaiting_approval', "SELECT count(*)::int AS n FROM dossiers WHERE status = 'awaiting_approval'"],
    ['motcua1', 'withdrawn_stopped', "SELECT count(*)::int AS n FROM dossiers WHERE status IN ('withdrawn', 'stopped')"],
    ['motcua1', 'awaiting_supplement', "SELECT count(*)::int AS n FROM dossiers WHERE status IN ('supplement_requested', 'intake_completion_requested')"],
    ['truongkt', 'in_department', "SELECT count(*)::int AS n FROM dossiers d JOIN users u ON u.username = 'truongkt' WHERE d.status IN ('awaiting_assignment', 'processing', 'supplement_requested', 'awaiting_approval') AND d.deciding_unit_id = u.unit_id"],
    ['hotich', 'all', 'SELECT count(*)::int AS n FROM dossiers'],
  ])('%s: %s', async (user, queue, sql) => {
    const expected = await count(sql);
    expect(expected).toBeGreaterThan(0);
    expect((await list(`queue=${queue}`, user)).total).toBe(expected);
    const counts: { queue: string; count: number }[] = await (await t.request('/api/queues', { cookie: sessions[user] })).json();
    expect(counts.find((c) => c.queue === queue)!.count).toBe(expected);
  });

  it('opens a queue in the order the work should be done: late first, then the nearest appointment', async () => {
    const cookie = await t.login('truongvp');
    const page: { items: { appointmentAt: string | null; dueState: string }[] } = await (
      await t.request('/api/dossiers?queue=in_department&pageSize=100', { cookie })
    ).json();
    const firstNotLate = page.items.findIndex((item) => item.dueState !== 'late');
    expect(firstNotLate).toBeGreaterThan(0);
    expect(page.items.slice(firstNotLate).some((item) => item.dueState === 'late')).toBe(false);
    // Within the late ones, and within the others, the nearest appointment first.
    for (const part of [page.items.slice(0, firstNotLate), page.items.slice(firstNotLate)]) {
      const appointments = part.map((item) => item.appointmentAt!);
      expect(appointments).toEqual([...appointments].sort());
    }
    // A sort the officer chose wins.
    const newest: { items: { receivedAt: string | null }[] } = await (
      await t.request('/api/dossiers?queue=in_department&sort=received_at&order=desc', { cookie })
    ).json();
    const received = newest.items.map((item) => item.receivedAt!);
    expect(received).toEqual([...received].sort().reverse());
  });

  it('gives each role its own queues', async () => {
    const desk: { queue: string }[] = await (await t.request('/api/queues', { cookie: sessions.motcua1 })).json();
    expect(desk.map((c) => c.queue)).toEqual(['online_intake', 'to_hand_over', 'awaiting_supplement', 'to_return', 'withdrawn_stopped', 'not_digitised', 'due_soon', 'late', 'all']);
    const handler: { queue: string }[] = await (await t.request('/api/queues', { cookie: sessions.hotich })).json();
    expect(handler.map((c) => c.queue)).toEqual(['mine', 'due_soon', 'late', 'all']);
  });
});

describe('scan to open and saved views', () => {
  it('finds a dossier by its scanned code', async () => {
    const [d] = await t.db.query<{ id: string; code: string }>('SELECT id, code FROM dossiers ORDER BY code DESC LIMIT 1');
    const response = await t.request(`/api/dossiers/by-code/${encodeURIComponent(d!.code)}`, { cookie: sessions.motcua1 });
    expect(await response.json()).toEqual({ id: d!.id, code: d!.code });
    expect((await t.request('/api/dossiers/by-code/000.17.22.H56-991231-9999', { cookie: sessions.motcua1 })).status).toBe(404);
  });

  it('saves, lists and deletes views per user, keeping only list parameters', async () => {
    const created = await t.request('/api/saved-views', {
      method: 'POST',
      cookie: sessions.motcua1,
      json: { name: 'Khai sinh quá hạn', query: '?due=late&q=khai&page=3&evil=1' },
    });
    expect(created.status).toBe(201);
    const view = await created.json();
    expect(view.query).toBe('due=late&q=khai');
    expect((await t.request('/api/saved-views', { method: 'POST', cookie: sessions.motcua1, json: { name: 'Khai sinh quá hạn', query: '' } })).status).toBe(409);
    const mine = await (await t.request('/api/saved-views', { cookie: sessions.motcua1 })).json();
    expect(mine.map((v: { name: string }) => v.name)).toEqual(['Khai sinh quá hạn']);
    expect(await (await t.request('/api/saved-views', { cookie: sessions.hotich })).json()).toEqual([]);
    expect((await t.request(`/api/saved-views/${view.id}`, { method: 'DELETE', cookie: sessions.hotich })).status).toBe(404);
    expect((await t.request(`/api/saved-views/${view.id}`, { method: 'DELETE', cookie: sessions.motcua1 })).status).toBe(204);
  });
});
