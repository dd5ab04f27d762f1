import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../domain/schemas/audit.ts';
import type { RegisterRow } from '../../domain/schemas/reports.ts';
import { auditWorkbook } from './audit-xlsx.ts';
import { registerWorkbook } from './register-xlsx.ts';

// The server streams its exports; training mode builds them in memory. Both must give the
// same workbook: every cell's value and style, the merges, the frozen rows and the page.
async function sheetOf(bytes: Uint8Array<ArrayBuffer>) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer);
  return workbook.worksheets[0]!;
}

async function describeSheet(bytes: Uint8Array<ArrayBuffer>) {
  const sheet = await sheetOf(bytes);
  const cells: string[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const { font, alignment, border } = cell.style;
      cells.push(JSON.stringify([rowNumber, col, cell.value, font, alignment, border, cell.isMerged && cell.master.address]));
    });
    cells.push(`row ${rowNumber} height ${row.height}`);
  });
  return {
    name: sheet.name,
    rows: sheet.rowCount,
    cells,
    widths: sheet.columns.map((column) => column.width),
    views: sheet.views.map((view) => [view.state, 'ySplit' in view ? view.ySplit : undefined]),
    page: [sheet.pageSetup.orientation, sheet.pageSetup.paperSize, sheet.pageSetup.fitToWidth],
  };
}

const registerRows: RegisterRow[] = Array.from({ length: 30 }, (_, i) => ({
  number: i + 1,
  id: crypto.randomUUID(),
  code: `000.17.22.H56-270301-${String(i + 1).padStart(4, '0')}`,
  procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân',
  applicantName: 'Nguyễn Thị Hoa',
  address: 'Thôn Bảo An',
  phone: i % 2 ? '0912345678' : null,
  decidingUnitName: 'Văn phòng HĐND và UBND',
  receivedAt: '2027-03-01T02:00:00.000Z',
  appointmentAt: i % 3 ? '2027-03-04T10:00:00.000Z' : null,
  returnedAt: i % 4 ? null : '2027-03-05T03:00:00.000Z',
  returnMethod: 'desk',
  returnedTo: null,
}));

describe('exports written by the streaming writer and in memory', () => {
  it('give the same register (form 07)', async () => {
    const header = { peoplesCommittee: 'UỶ BAN NHÂN DÂN XÃ HOÀNG AN', centreName: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', from: '2027-03-01', to: '2027-03-31' };
    const streamed = await describeSheet(await registerWorkbook(registerRows, header));
    const inMemory = await describeSheet(await registerWorkbook(registerRows, header, { streaming: false }));
    expect(streamed).toEqual(inMemory);
    expect(streamed.rows).toBe(7 + registerRows.length);
    const firstCode = streamed.cells.map((cell) => (cell.startsWith('[') ? (JSON.parse(cell) as unknown[]) : [])).find(([row, col]) => row === 8 && col === 2);
    const thin = { style: 'thin' };
    expect(firstCode).toEqual([8, 2, registerRows[0]!.code, { name: 'Times New Roman' }, { wrapText: true, vertical: 'top' }, { top: thin, left: thin, bottom: thin, right: thin }, false]);
  });

  it('give the same audit log', async () => {
    const entries: AuditEntry[] = Array.from({ length: 12 }, (_, i) => ({
      id: i + 1,
      at: '2027-03-01T02:00:00.000Z',
      actorUserId: null,
      actorName: 'Quản trị viên',
      actorUsername: i % 3 ? 'quantri' : null,
      actorRole: 'admin',
      action: 'settings.update',
      entity: 'settings',
      entityId: null,
      entityLabel: 'Giờ làm việc',
      before: { sameDayCutoff: '10:00' },
      after: { sameDayCutoff: i % 2 ? '09:30' : '10:30' },
      details: null,
      address: i % 2 ? '10.0.0.5' : null,
    }));
    const streamed = await describeSheet(await auditWorkbook(entries));
    expect(streamed).toEqual(await describeSheet(await auditWorkbook(entries, { streaming: false })));
    expect(streamed.rows).toBe(1 + entries.length);
  });
});
