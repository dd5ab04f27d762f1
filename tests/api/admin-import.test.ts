import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import { countRows } from '../setup/admin-bodies.ts';
import { catalogueSheets, documentColumns, feeColumns, procedureColumns } from '../../src/domain/catalogue-import.ts';
import type { ImportPreview, ImportResult } from '../../src/domain/schemas/admin-catalogue.ts';
import type { AuditPage } from '../../src/domain/schemas/audit.ts';

let t: TestApi;
let admin: string;

beforeAll(async () => {
  t = await createTestApi();
  admin = await t.login('admin');
});
afterAll(async () => {
  await t.close();
});

type Row = Record<string, string | number>;

/** A workbook in the documented layout (README "Catalogue import"), written cell by cell by header. */
async function workbook(procedures: Row[], documents: Row[], fees: Row[]): Promise<Blob> {
  const book = new ExcelJS.Workbook();
  const sheet = (name: string, columns: readonly { key: string; header: string }[], rows: Row[]) => {
    const worksheet = book.addWorksheet(name);
    worksheet.addRow(columns.map((c) => c.header));
    for (const row of rows) worksheet.addRow(columns.map((c) => row[c.key] ?? null));
  };
  sheet(catalogueSheets.procedures, procedureColumns, procedures);
  sheet(catalogueSheets.documents, documentColumns, documents);
  sheet(catalogueSheets.fees, feeColumns, fees);
  return new Blob([await book.xlsx.writeBuffer()]);
}

/** 300 procedures of a province's catalogue: every kind of duration, some fees, a new field. */
function catalogue(count = 300) {
  const procedures: Row[] = [];
  const documents: Row[] = [];
  const fees: Row[] = [];
  const units = ['ngày làm việc', 'giờ làm việc', 'ngày', 'trong ngày'];
  for (let i = 1; i <= count; i++) {
    const code = `8.${String(i).padStart(6, '0')}`;
    const unit = units[i % 4]!;
    procedures.push({
      code,
      name: `Thủ tục thử nghiệm số ${i}`,
      fieldCode: i % 10 === 0 ? 'TN' : 'HT',
      fieldName: i % 10 === 0 ? 'Tài nguyên' : '',
      durationUnit: unit,
      durationAmount: unit === 'trong ngày' ? '' : unit === 'ngày' ? 5 : '0,5',
      decidingUnitCode: i % 2 ? '000.01.22.H56' : '000.02.22.H56',
      supplementClock: i % 3 ? 'tạm dừng' : 'tính lại',
      onlineLevel: 'một phần',
      effectiveFrom: '01/12/2026',
    });
    documents.push({ code, position: 1, name: 'Tờ khai', required: 'có', defaultForm: 'bản chính', defaultCount: 1 });
    if (i % 2) documents.push({ code, position: 2, name: 'Giấy tờ kèm theo', required: 'không', defaultForm: 'bản sao chứng thực', defaultCount: 2 });
    if (i % 5 === 0) fees.push({ code, kind: 'lệ phí', amount: '28.000', note: 'Mỗi hồ sơ' });
  }
  return { procedures, documents, fees };
}

async function send(path: string, file: Blob, extra: Record<string, string> = {}) {
  const form = new FormData();
  form.set('file', new File([file], 'danh-muc.xlsx'));
  for (const [key, value] of Object.entries(extra)) form.set(key, value);
  return t.request(path, { method: 'POST', cookie: admin, body: form });
}

describe('catalogue import', () => {
  it('previews a 300-row workbook with 3 bad rows, reports exactly those rows, and writes nothing until it is fixed', async () => {
    const good = catalogue();
    const bad = structuredClone(good);
    bad.procedures[41]!.decidingUnitCode = '000.99.99.H99'; // row 43: no such unit
    bad.procedures[99]!.durationUnit = 'tuần'; // row 101: not a duration unit
    bad.procedures[199]!.name = ''; // row 201: name missing

    const procedures = await countRows(t, 'procedures');
    const audit = await countRows(t, 'audit_log');
    const preview: ImportPreview = await (await send('/api/admin/procedures/import/preview', await workbook(bad.procedures, bad.documents, bad.fees))).json();
    expect(preview.counts).toEqual({ new: 297, changed: 0, unchanged: 0, error: 3 });
    expect(preview.problems).toEqual([]);
    const errors = preview.rows.filter((row) => row.status === 'error');
    expect(errors.map((row) => [row.row, row.code, row.problems.map((p) => [p.column, p.code])])).toEqual([
      [43, '8.000042', [['Mã định danh đơn vị giải quyết', 'import_unit_unknown']]],
      [101, '8.000100', [['Đơn vị thời hạn', 'import_cell_invalid']]],
      [201, '8.000200', [['Tên thủ tục', 'import_cell_required']]],
    ]);
    expect(preview.newFields).toEqual([{ code: 'TN', name: 'Tài nguyên' }]);

    // Applying the file with errors writes nothing.
    const refused = await send('/api/admin/procedures/import', await workbook(bad.procedures, bad.documents, bad.fees), { fingerprint: preview.fingerprint });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: 'import_has_errors', code: 'import_has_errors', params: { count: 3 } });
    expect(await countRows(t, 'procedures')).toBe(procedures);
    expect(await countRows(t, 'fields')).toBe(6);
    expect(await countRows(t, 'audit_log')).toBe(audit);

    // Fixed: previewed again, then imported all at once.
    const file = await workbook(good.procedures, good.documents, good.fees);
    const fixed: ImportPreview = await (await send('/api/admin/procedures/import/preview', file)).json();
    expect(fixed.counts).toEqual({ new: 300, changed: 0, unchanged: 0, error: 0 });
    const applied = await send('/api/admin/procedures/import', file, { fingerprint: fixed.fingerprint });
    expect(applied.status).toBe(200);
    expect((await applied.json()) as ImportResult).toEqual({ created: 300, updated: 0, newVersions: 0, unchanged: 0, newFields: 1 });
    expect(await countRows(t, 'procedures')).toBe(procedures + 300);
    const [half] = await t.db.query<{ duration_amount: number; fee_amount: number; documents: number }>(
      `SELECT p.duration_amount, p.fee_amount, (SELECT count(*)::int FROM procedure_documents d WHERE d.procedure_id = p.id) AS documents
       FROM procedures p WHERE p.code = '8.000005'`,
    );
    // Row 5: working hours (5 % 4 = 1), "0,5"; an odd row has two documents; every fifth a fee of 28.000 đ.
    expect(half).toEqual({ duration_amount: 0.5, fee_amount: 28000, documents: 2 });
    const log: AuditPage = await (await t.request('/api/audit-log?action=procedure.import', { cookie: admin })).json();
    expect(log.entries[0]!.details).toMatchObject({ fileName: 'danh-muc.xlsx', created: 300, newFields: 1 });

    // The same file again changes nothing.
    const again: ImportPreview = await (await send('/api/admin/procedures/import/preview', file)).json();
    expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: 300, error: 0 });
  });

  it('refuses an import whose catalogue changed after the preview (409)', async () => {
    const { procedures, documents, fees } = catalogue(3);
    procedures[0]!.name = 'Tên mới của thủ tục 1';
    const file = await workbook(procedures, documents, fees);
    const preview: ImportPreview = await (await send('/api/admin/procedures/import/preview', file)).json();
    expect(preview.counts).toEqual({ new: 0, changed: 1, unchanged: 2, error: 0 });
    expect(preview.rows[0]!.changes).toEqual(['name']);
    // Someone edits the catalogue meanwhile.
    await t.db.query("UPDATE procedures SET version = version + 1 WHERE code = '8.000002'");
    const stale = await send('/api/admin/procedures/import', file, { fingerprint: preview.fingerprint });
    expect(stale.status).toBe(409);
    expect((await stale.json()).code).toBe('import_stale');
  });

  it('gives a rule change on a procedure with dossiers a new version from today, not the old date in the file', async () => {
    const exported = await t.request('/api/admin/procedures/export.xlsx', { cookie: admin });
    expect(exported.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await exported.arrayBuffer());
    const sheet = book.getWorksheet(catalogueSheets.procedures)!;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const amountColumn = headers.indexOf('Thời hạn giải quyết');
    let changedRow = 0;
    sheet.eachRow((row, number) => {
      if (row.getCell(1).value === '1.004873') {
        row.getCell(amountColumn).value = 4;
        changedRow = number;
      }
    });
    expect(changedRow).toBeGreaterThan(1);
    const file = new Blob([await book.xlsx.writeBuffer()]);
    const preview: ImportPreview = await (await send('/api/admin/procedures/import/preview', file)).json();
    expect(preview.counts.error).toBe(0);
    // Seeded dossiers were received under 1.004873: its new duration is a new version from today.
    const row = preview.rows.find((r) => r.code === '1.004873')!;
    expect(row).toMatchObject({ status: 'changed', changes: ['duration'], newVersionFrom: '2026-11-23' });
    expect(preview.counts.changed).toBe(1);
    const applied: ImportResult = await (await send('/api/admin/procedures/import', file, { fingerprint: preview.fingerprint })).json();
    expect(applied).toMatchObject({ newVersions: 1, created: 0, updated: 0 });
  });

  it('leaves what a file leaves out: a short list of names and durations changes only those', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet(catalogueSheets.procedures).addRows([
      ['Mã thủ tục', 'Tên thủ tục', 'Mã lĩnh vực', 'Đơn vị thời hạn', 'Thời hạn giải quyết', 'Mã định danh đơn vị giải quyết'],
      ['2.000720', 'Đăng ký thành lập hộ kinh doanh', 'DKKD', 'ngày làm việc', '3', '000.02.22.H56'],
      ['2.000815', 'Chứng thực bản sao từ bản chính (sửa tên)', 'CT', 'trong ngày', '', '000.01.22.H56'],
    ]);
    const preview: ImportPreview = await (await send('/api/admin/procedures/import/preview', new Blob([await book.xlsx.writeBuffer()]))).json();
    // Checklists, fees, online level and the supplement rule are not in the file: they stay.
    expect(preview.rows.map((row) => [row.code, row.status, row.changes])).toEqual([
      ['2.000720', 'unchanged', []],
      ['2.000815', 'changed', ['name']],
    ]);
  });

  it('names a missing sheet and a missing column, and refuses a file that is not a workbook', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Trang khác').addRow(['x']);
    const missing: ImportPreview = await (await send('/api/admin/procedures/import/preview', new Blob([await book.xlsx.writeBuffer()]))).json();
    expect(missing.problems.map((p) => p.code)).toEqual(['import_sheet_missing']);
    const noColumn = new ExcelJS.Workbook();
    noColumn.addWorksheet(catalogueSheets.procedures).addRow(['Mã thủ tục', 'Tên thủ tục']);
    const columns: ImportPreview = await (await send('/api/admin/procedures/import/preview', new Blob([await noColumn.xlsx.writeBuffer()]))).json();
    expect(columns.problems.map((p) => p.params?.column)).toEqual(['Mã lĩnh vực', 'Đơn vị thời hạn', 'Mã định danh đơn vị giải quyết']);
    const garbage: ImportPreview = await (await send('/api/admin/procedures/import/preview', new Blob(['not a workbook']))).json();
    expect(garbage.problems.map((p) => p.code)).toEqual(['import_file_invalid']);
  });

  it('is for the administrator only', async () => {
    const cookie = await t.login('chutich');
    const form = new FormData();
    form.set('file', new File([await workbook([], [], [])], 'x.xlsx'));
    const response = await t.request('/api/admin/procedures/import/preview', { method: 'POST', cookie, body: form });
    expect(response.status).toBe(403);
    expect((await t.request('/api/admin/procedures/template.xlsx', { cookie })).status).toBe(403);
    const template = await t.request('/api/admin/procedures/template.xlsx', { cookie: admin });
    expect(template.headers.get('content-type')).toContain('spreadsheetml');
  });
});
