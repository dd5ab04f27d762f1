import { fillOfficialText, registerColumns, registerFormTexts as texts } from '../../domain/official-texts/register-form.ts';
import type { RegisterRow } from '../../domain/schemas/reports.ts';
import { formatDate, formatDateTime, vietnamDayStart } from '../../domain/vietnam-time.ts';

/** Column widths in Excel's units, in the form's column order. */
const widths: Record<(typeof registerColumns)[number], number> = {
  number: 6,
  code: 28,
  procedure: 36,
  applicant: 24,
  addressPhone: 36,
  decidingUnit: 26,
  receivedAt: 18,
  appointmentAt: 18,
  returnedAt: 18,
  returnMethod: 20,
  signature: 22,
};

/** Form 07 as an Excel workbook: the form's header and columns, one row per dossier. */
export async function registerWorkbook(
  rows: RegisterRow[],
  header: { peoplesCommittee: string; centreName: string; from: string; to: string },
): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded on demand: exceljs is large and only this export needs it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'motcua';
  const sheet = workbook.addWorksheet('Sổ theo dõi hồ sơ', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const columns = registerColumns.map((column) => ({ header: texts.columns[column], width: widths[column] }));
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, 5);
  sheet.getCell(1, 1).value = header.peoplesCommittee;
  sheet.mergeCells(2, 1, 2, 5);
  sheet.getCell(2, 1).value = header.centreName;
  sheet.mergeCells(1, 7, 1, 11);
  sheet.getCell(1, 7).value = texts.nation;
  sheet.mergeCells(2, 7, 2, 11);
  sheet.getCell(2, 7).value = texts.motto;
  sheet.mergeCells(4, 1, 4, 11);
  sheet.getCell(4, 1).value = texts.title;
  sheet.mergeCells(5, 1, 5, 11);
  sheet.getCell(5, 1).value = fillOfficialText(texts.period, {
    from: formatDate(vietnamDayStart(header.from)),
    to: formatDate(vietnamDayStart(header.to)),
  });
  for (const row of [1, 2, 4, 5]) {
    for (const cell of [sheet.getCell(row, 1), sheet.getCell(row, 7)]) {
      cell.alignment = { horizontal: 'center' };
      cell.font = { bold: row !== 5, size: row === 4 ? 14 : 12, name: 'Times New Roman', italic: row === 5 };
    }
  }
  const headerRow = sheet.getRow(7);
  headerRow.values = columns.map((c) => c.header);
  headerRow.font = { bold: true, name: 'Times New Roman' };
  headerRow.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  headerRow.height = 45;
  for (const r of rows) {
    const line = sheet.addRow([
      r.number,
      r.code,
      r.procedureName,
      r.applicantName,
      [r.address, r.phone].filter(Boolean).join(' - '),
      r.decidingUnitName,
      formatDateTime(r.receivedAt),
      r.appointmentAt ? formatDateTime(r.appointmentAt) : '',
      r.returnedAt ? formatDateTime(r.returnedAt) : '',
      r.returnedAt ? texts.returnMethod[r.returnMethod] : '',
      '', // Ký nhận: signed on the printed register, as on the screen and print view.
    ]);
    line.alignment = { wrapText: true, vertical: 'top' };
    line.font = { name: 'Times New Roman' };
  }
  for (let rowNumber = 7; rowNumber <= sheet.rowCount; rowNumber++) {
    for (let col = 1; col <= columns.length; col++) {
      sheet.getCell(rowNumber, col).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    }
  }
  sheet.views = [{ state: 'frozen', ySplit: 7 }];
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  // A copy on a plain ArrayBuffer: a Response body in every host (Node's Buffer pool is shared).
  const bytes = new Uint8Array(written.byteLength);
  bytes.set(written);
  return bytes;
}
