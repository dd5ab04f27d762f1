import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import type { Overview } from '../../src/domain/schemas/reports.ts';
import { recordMissingProcessingTimes } from '../../src/server/services/processing-times.ts';

// A month with no demo data (March 2027, no public holiday), filled with dossiers whose
// Decision 766 figures were worked out by hand below.
let t: TestApi;
let chair: string;

interface Fixture {
  code: string;
  channel?: 'walk_in' | 'online';
  /** Online submissions the desk has not received (yet, or ever): arrival only. */
  intake?: { status: 'awaiting_intake' | 'refused'; submittedAt: string };
  receivedAt?: string;
  appointmentAt?: string;
  decidedAt?: string;
  supplementCount?: number;
  apologyCount?: number;
  pausedWorkingMs?: number;
  /**
   * Its checklist, one paper per entry: received and scanned, received and reused from an
   * earlier dossier, received without a file, or not received.
   */
  documents?: ('scanned' | 'reused' | 'none' | 'not_received')[];
  /** The signed result's file. */
  resultFile?: boolean;
}

// Digitisation (src/domain/digitisation.ts): every received paper has a file (scanned or
// reused) and, once decided, the result has one too.
const fixtures: Fixture[] = [
  // A: decided Wed 10:00, before Thu 08:00 → on time. Mon 08:00–17:00 420 + Tue 480 + Wed 180 = 1080 min.
  // Both papers scanned but no result file → not digitised.
  { code: 'A', receivedAt: '2027-03-01T08:00:00+07:00', appointmentAt: '2027-03-04T08:00:00+07:00', decidedAt: '2027-03-03T10:00:00+07:00', documents: ['scanned', 'scanned'] },
  // B: decided Thu 15:00, after Thu 09:00 → late. 360 + 480 + 480 + 360 = 1680 min.
  // One paper reused, one scanned, result filed → digitised.
  { code: 'B', receivedAt: '2027-03-01T09:00:00+07:00', appointmentAt: '2027-03-04T09:00:00+07:00', decidedAt: '2027-03-04T15:00:00+07:00', documents: ['reused', 'scanned'], resultFile: true },
  // C: in time but two supplement requests → late. 480 + 480 + 420 − 480 paused = 900 min.
  // One received paper without a file → not digitised, result filed or not.
  { code: 'C', receivedAt: '2027-03-02T07:00:00+07:00', appointmentAt: '2027-03-04T17:00:00+07:00', decidedAt: '2027-03-04T16:00:00+07:00', supplementCount: 2, pausedWorkingMs: 480 * 60_000, documents: ['scanned', 'none'], resultFile: true },
  // D: in time but after an apology → late. 300 + 480 + 180 = 960 min.
  // Nothing received to digitise → not digitised.
  { code: 'D', receivedAt: '2027-03-08T10:00:00+07:00', appointmentAt: '2027-03-11T10:00:00+07:00', decidedAt: '2027-03-10T10:00:00+07:00', apologyCount: 1, documents: ['not_received'], resultFile: true },
  // E: online, still open: counts as received online, not decided. Both papers came as files
  // from the portal; no result yet to digitise → digitised.
  { code: 'E', channel: 'online', receivedAt: '2027-03-09T09:00:00+07:00', appointmentAt: '2027-03-12T09:00:00+07:00', documents: ['scanned', 'scanned'] },
  // F: scanned paper (the optional one not received) and result → digitised; on time. 420 + 480 + 60 = 960 min.
  { code: 'F', receivedAt: '2027-03-10T08:00:00+07:00', appointmentAt: '2027-03-15T08:00:00+07:00', decidedAt: '2027-03-12T08:00:00+07:00', documents: ['scanned', 'not_received'], resultFile: true },
  // G: received in February, decided in March → decided, not received, in the period. 360 + 480 + 120 = 960 min.
  // Digitised, but not among March's received.
  { code: 'G', receivedAt: '2027-02-26T09:00:00+07:00', appointmentAt: '2027-03-03T09:00:00+07:00', decidedAt: '2027-03-02T09:00:00+07:00', documents: ['scanned'], resultFile: true },
  // H: online, arrived 9 March, refused by the desk → never received: in no term of the
  // online share, counted apart as refused online.
  { code: 'H', channel: 'online', intake: { status: 'refused', submittedAt: '2027-03-09T20:15:00+07:00' } },
  // I: online, arrived 10 March, still awaiting intake → not received (yet), not refused.
  { code: 'I', channel: 'online', intake: { status: 'awaiting_intake', submittedAt: '2027-03-10T22:40:00+07:00' } },
];
const ids = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApi();
  chair = await t.login('chutich');
  const [procedure] = await t.db.query<{ id: string; deciding_unit_id: string }>("SELECT id, deciding_unit_id FROM procedures WHERE code = '1.004873'");
  const [centre] = await t.db.query<{ id: string }>("SELECT id FROM units WHERE kind = 'centre'");
  // A scanned paper of a demo dossier, for B's reused one.
  const [reusable] = await t.db.query<{ id: string }>(
    'SELECT dossier_document_id AS id FROM attachments WHERE dossier_document_id IS NOT NULL ORDER BY uploaded_at LIMIT 1',
  );
  for (const f of fixtures) {
    const status = f.intake?.status ?? (f.decidedAt ? 'result_ready' : 'processing');
    const [row] = await t.db.query<{ id: string }>(
      `INSERT INTO dossiers (code, unit_id, procedure_id, channel, status, applicant_name, search_text, holder_unit_id,
         deciding_unit_id, submitted_at, received_at, appointment_at, decided_at, supplement_count, apology_count, paused_working_ms,
         finished_at)
       VALUES ($1, $2, $3, $4, $5, 'Kiểm thử 766', 'kiem thu 766', $2, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [`766-${f.code}`, centre!.id, procedure!.id, f.channel ?? 'walk_in', status, procedure!.deciding_unit_id,
        f.intake?.submittedAt ?? f.receivedAt, f.receivedAt ?? null, f.appointmentAt ?? null, f.decidedAt ?? null,
        f.supplementCount ?? 0, f.apologyCount ?? 0, f.pausedWorkingMs ?? 0, f.intake?.status === 'refused' ? '2027-03-10T08:00:00+07:00' : null],
    );
    ids.set(f.code, row!.id);
    const scan = (documentId: string | null, kind: 'document' | 'result') =>
      t.db.query(
        `INSERT INTO attachments (dossier_id, dossier_document_id, kind, file_name, content_type, size_bytes, content)
         VALUES ($1, $2, $3, 'scan.pdf', 'application/pdf', 5, $4)`,
        [row!.id, documentId, kind, new TextEncoder().encode('%PDF-')],
      );
    for (const [index, paper] of (f.documents ?? []).entries()) {
      const [item] = await t.db.query<{ id: string }>(
        `INSERT INTO dossier_documents (dossier_id, position, name, received, count, reused_from_document_id)
         VALUES ($1, $2, $3, $4, 1, $5) RETURNING id`,
        [row!.id, index + 1, `Giấy tờ ${index + 1}`, paper !== 'not_received', paper === 'reused' ? reusable!.id : null],
      );
      if (paper === 'scanned') await scan(item!.id, 'document');
    }
    if (f.resultFile) await scan(null, 'result');
  }
  // These rows were written directly: the processing time the API records when it approves
  // a result is computed here the way the server does for dossiers decided before it did.
  await recordMissingProcessingTimes(t.db);
});
afterAll(async () => {
  await t.close();
});

describe('Decision 766 figures for March 2027', () => {
  let overview: Overview;
  beforeAll(async () => {
    const response = await t.request('/api/reports/overview?from=2027-03-01&to=2027-03-31', { cookie: chair });
    if (response.status !== 200) throw new Error(`overview: ${response.status} ${await response.text()}`);
    overview = await response.json();
  });

  it('on-time rate: 6 decided (A B C D F G), 3 late (B after the appointment, C two supplements, D apology)', () => {
    expect(overview.indicators).toMatchObject({ decided: 6, decidedOnTime: 3, decidedLate: 3, onTimeRate: 0.5 });
  });

  it('online share 1/6 of the 6 received in March (A–F); H refused and I not yet received', () => {
    expect(overview.indicators).toMatchObject({ received: 6, receivedOnline: 1, refusedOnline: 1 });
    expect(overview.indicators.onlineShare).toBeCloseTo(1 / 6, 10);
  });

  it('digitisation 3/6 of the 6 received in March: B (a paper reused), E (open, no result yet) and F; not A (no result file), C (a paper without file), D (nothing received)', () => {
    expect(overview.indicators).toMatchObject({ received: 6, digitised: 3 });
    expect(overview.indicators.digitisationShare).toBe(0.5);
  });

  it('average processing time: (1080 + 1680 + 900 + 960 + 960 + 960) / 6 = 1090 working minutes = 2.27 days', () => {
    expect(overview.processingTime).toEqual([expect.objectContaining({ code: '1.004873', decided: 6, averageWorkingDays: 2.27 })]);
  });

  it('received and decided per week', () => {
    expect(overview.weekly).toEqual([
      { weekStart: '2027-03-01', received: 3, decided: 4 },
      { weekStart: '2027-03-08', received: 3, decided: 2 },
      { weekStart: '2027-03-15', received: 0, decided: 0 },
      { weekStart: '2027-03-22', received: 0, decided: 0 },
      { weekStart: '2027-03-29', received: 0, decided: 0 },
    ]);
  });

  it('every figure is reproduced by the list filters it links to', async () => {
    const total = async (query: string) =>
      (await (await t.request(`/api/dossiers?${query}`, { cookie: chair })).json()).total as number;
    expect(await total('decidedFrom=2027-03-01&decidedTo=2027-03-31&decidedLate=true')).toBe(3);
    expect(await total('decidedFrom=2027-03-01&decidedTo=2027-03-31&decidedLate=false')).toBe(3);
    // The links the overview's figures use (src/features/overview/utils/overview-links.ts).
    const received = 'receivedFrom=2027-03-01&receivedTo=2027-03-31&received=true';
    expect(await total(received)).toBe(6);
    expect(await total(`${received}&channel=online`)).toBe(1);
    expect(await total(`${received}&digitised=true`)).toBe(3);
    expect(await total(`${received}&digitised=false`)).toBe(3);
    expect(await total('receivedFrom=2027-03-01&receivedTo=2027-03-31&channel=online&status=refused')).toBe(1);
  });

  it('counts digitisation live: the desk files A’s signed result and the figure is 4/6 at once', async () => {
    const desk = await t.login('motcua1');
    const form = new FormData();
    form.set('file', new File([new TextEncoder().encode('%PDF-1.4 signed')], 'quyet-dinh.pdf', { type: 'application/pdf' }));
    form.set('kind', 'result');
    const uploaded = await t.request(`/api/dossiers/${ids.get('A')}/attachments`, { method: 'POST', cookie: desk, body: form });
    expect(uploaded.status).toBe(201);
    const after: Overview = await (await t.request('/api/reports/overview?from=2027-03-01&to=2027-03-31', { cookie: chair })).json();
    expect(after.indicators).toMatchObject({ received: 6, digitised: 4 });
    expect(after.indicators.digitisationShare).toBeCloseTo(4 / 6, 10);
    const list = await (await t.request('/api/dossiers?receivedFrom=2027-03-01&receivedTo=2027-03-31&received=true&digitised=true&sort=code&order=asc', { cookie: chair })).json();
    expect(list.items.map((item: { code: string }) => item.code)).toEqual(['766-A', '766-B', '766-E', '766-F']);
  });
});

describe('the commune now', () => {
  it('late and due soon by department and handler match the list behind each figure', async () => {
    const overview: Overview = await (await t.request('/api/reports/overview?from=2026-11-01&to=2026-11-30', { cookie: chair })).json();
    const withLate = overview.byDepartment.find((d) => d.late > 0)!;
    expect(withLate).toBeDefined();
    const list = await (await t.request(`/api/dossiers?due=late&departmentId=${withLate.unitId}`, { cookie: chair })).json();
    expect(list.total).toBe(withLate.late);
    for (const handler of overview.byHandler) {
      const soon = await (await t.request(`/api/dossiers?due=due_soon&handlerId=${handler.userId}`, { cookie: chair })).json();
      expect(soon.total).toBe(handler.dueSoon);
    }
    expect(overview.byStatus.reduce((sum, s) => sum + s.count, 0)).toBeGreaterThanOrEqual(600);
  });

  it('is for the chairperson: a desk officer gets 403', async () => {
    const desk = await t.login('motcua1');
    expect((await t.request('/api/reports/overview?from=2026-11-01&to=2026-11-30', { cookie: desk })).status).toBe(403);
    expect((await t.request('/api/reports/overview?from=2026-11-30&to=2026-11-01', { cookie: chair })).status).toBe(400);
  });
});

describe('tracking register (form 07)', () => {
  it('lists the dossiers received in the period in order and exports them to Excel', async () => {
    const desk = await t.login('motcua1');
    const rows = await (await t.request('/api/reports/register?from=2027-03-01&to=2027-03-31', { cookie: desk })).json();
    expect(rows.map((r: { code: string }) => r.code)).toEqual(['766-A', '766-B', '766-C', '766-D', '766-E', '766-F']);
    expect(rows[0].number).toBe(1);
    const xlsx = await t.request('/api/reports/register.xlsx?from=2027-03-01&to=2027-03-31', { cookie: desk });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell(4, 1).value).toBe('SỔ THEO DÕI HỒ SƠ');
    expect(sheet.getRow(7).getCell(2).value).toBe('Mã hồ sơ');
    const codes = [8, 9, 10, 11, 12, 13].map((r) => sheet.getRow(r).getCell(2).value);
    expect(codes).toEqual(['766-A', '766-B', '766-C', '766-D', '766-E', '766-F']);
    expect(sheet.getRow(14).getCell(2).value ?? null).toBeNull();
  });
});
