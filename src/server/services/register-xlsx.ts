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

type Worksheet = import('exceljs').Worksheet;
const sheetName = 'Sổ theo dõi hồ sơ';
type NodeStreams = { PassThrough: typeof import('node:stream').PassThrough };

/**
 * Node's streams when the API runs in Node (`getBuiltinModule` needs no import, so this file
 * still bundles for training mode in the browser, whose exceljs build has no streaming writer).
 */
const nodeStreams = (globalThis as { process?: { getBuiltinModule?: (id: string) => NodeStreams | undefined } }).process?.getBuiltinModule?.('node:stream');

/**
 * Form 07 as an Excel workbook: the form's header and columns, one row per dossier. In Node
 * the rows are written out as they are added (exceljs's streaming writer): a year of a
 * province's register, 20,000 rows, took 1.5 s and 170 MB at most, where building the whole
 * workbook in memory first took 5.4 s and 570 MB. Training mode (the browser's exceljs has no
 * streaming writer) builds it in memory; both fill the sheet with `fillRegisterSheet`.
 */
export async function registerWorkbook(
  rows: RegisterRow[],
  header: { peoplesCommittee: string; centreName: string; from: string; to: string },
): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded on demand: exceljs is large and only this export needs it.
  const { default: ExcelJS } = await import('exceljs');
  const sheetOptions: Partial<import('exceljs').AddWorksheetOptions> = {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 7 }],
  };
  if (nodeStreams && ExcelJS.stream?.xlsx?.WorkbookWriter) {
    const output = new nodeStreams.PassThrough();
    const chunks: Uint8Array[] = [];
    output.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    const finished = new Promise<void>((resolve, reject) => {
      output.on('end', resolve);
      output.on('error', reject);
    });
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    workbook.creator = 'motcua';
    const sheet = workbook.addWorksheet(sheetName, sheetOptions);
    fillRegisterSheet(sheet, rows, header);
    sheet.commit();
    await workbook.commit();
    await finished;
    return concat(chunks);
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'motcua';
  fillRegisterSheet(workbook.addWorksheet(sheetName, sheetOptions), rows, header);
  return concat([new Uint8Array(await workbook.xlsx.writeBuffer())]);
}

/**
 * The form on a sheet, top to bottom: each row is finished (and in the streaming writer
 * written out) before the next, so only the merges of the header come before its rows.
 */
function fillRegisterSheet(sheet: Worksheet, rows: RegisterRow[], header: { peoplesCommittee: string; centreName: string; from: string; to: string }) {
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
      r.appointmentAt ? formatDateTime(r.appointmentAt) : '',
      r.returnedAt ? formatDateTime(r.returnedAt) : '',
      r.returnedAt ? texts.returnMethod[r.returnMethod] : '',
      '', // Ký nhận: signed on the printed register, as on the screen and print view.
    ]);
    for (let col = 1; col <= columns.length; col++) line.getCell(col).style = bodyStyle;
    line.commit();
  }
}

/** The chunks as one array on a plain ArrayBuffer: a Response body in every host (Node's Buffer pool is shared). */
function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
