import { fillOfficialText, registerColumns, registerFormTexts as texts } from '../../domain/official-texts/register-form.ts';
import type { RegisterRow } from '../../domain/schemas/reports.ts';
import { formatDate, formatDateTime, vietnamDayStart } from '../../domain/vietnam-time.ts';
import { writeWorkbook } from './xlsx-workbook.ts';

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

const sheetName = 'Sổ theo dõi hồ sơ';

/** Form 07 as an Excel workbook: the form's header and columns, one row per dossier. */
export function registerWorkbook(
  rows: RegisterRow[],
  header: { peoplesCommittee: string; centreName: string; from: string; to: string },
  options?: { streaming?: boolean },
): Promise<Uint8Array<ArrayBuffer>> {
  return writeWorkbook((workbook) => {
    const sheet = workbook.addWorksheet(sheetName, {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
      views: [{ state: 'frozen', ySplit: 7 }],
    });
    fillRegisterSheet(sheet, rows, header);
  }, options);
}

/**
 * The form on a sheet, top to bottom: each row is finished (and in the streaming writer
 * written out) before the next, so only the merges of the header come before its rows.
 */
function fillRegisterSheet(sheet: import('exceljs').Worksheet, rows: RegisterRow[], header: { peoplesCommittee: string; centreName: string; from: string; to: string }) {
  const columns = registerColumns.map((column) => ({ header: texts.columns[column], width: widths[column] }));
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, 5);
  sheet.mergeCells(2, 1, 2, 5);
  sheet.mergeCells(1, 7, 1, 11);
  sheet.mergeCells(2, 7, 2, 11);
  sheet.mergeCells(4, 1, 4, 11);
  sheet.mergeCells(5, 1, 5, 11);
  const titles: Record<number, [string, string?]> = {
    1: [header.peoplesCommittee, texts.nation],
    2: [header.centreName, texts.motto],
    4: [texts.title],
    5: [fillOfficialText(texts.period, { from: formatDate(vietnamDayStart(header.from)), to: formatDate(vietnamDayStart(header.to)) })],
  };
  for (let rowNumber = 1; rowNumber <= 6; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const [left, right] = titles[rowNumber] ?? [];
    if (left !== undefined) row.getCell(1).value = left;
    if (right !== undefined) row.getCell(7).value = right;
    if (left !== undefined) {
      for (const cell of [row.getCell(1), row.getCell(7)]) {
        cell.alignment = { horizontal: 'center' };
        cell.font = { bold: rowNumber !== 5, size: rowNumber === 4 ? 14 : 12, name: 'Times New Roman', italic: rowNumber === 5 };
      }
    }
    row.commit();
  }
  // Every cell of the table shares its style objects: exceljs keeps them by reference.
  const thin = { style: 'thin' } as const;
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  const font = { name: 'Times New Roman' };
  const headerRow = sheet.getRow(7);
  headerRow.height = 45;
  columns.forEach((column, index) => {
    const cell = headerRow.getCell(index + 1);
    cell.value = column.header;
    cell.style = { font: { ...font, bold: true }, alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' }, border };
  });
  headerRow.commit();
  const bodyStyle = { font, alignment: { wrapText: true, vertical: 'top' }, border } as const;
  for (const r of rows) {
    const line = sheet.addRow([
      r.number,
      r.code,
      r.procedureName,
      r.applicantName,
      [r.address, r.phone].filter(Boolean).join(' - '),
      r.decidingUnitName,
      formatDateTime(r.receivedAt),
      // Nothing rather than '': the streaming writer stores an empty text as an empty cell.
      r.appointmentAt ? formatDateTime(r.appointmentAt) : null,
      r.returnedAt ? formatDateTime(r.returnedAt) : null,
      r.returnedAt ? texts.returnMethod[r.returnMethod] : null,
      null, // Ký nhận: signed on the printed register, as on the screen and print view.
    ]);
    for (let col = 1; col <= columns.length; col++) line.getCell(col).style = bodyStyle;
    line.commit();
  }
}
