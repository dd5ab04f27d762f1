import type { Cell, Workbook, Worksheet } from 'exceljs';
import {
  catalogueSheets,
  choiceLabel,
  choiceLabels,
  documentColumns,
  feeColumns,
  procedureColumns,
  type CatalogueColumn,
  type CatalogueSheet,
  type CataloguePresence,
  type CellValue,
  type DocumentColumnKey,
  type FeeColumnKey,
  type ImportProblem,
  type ProcedureColumnKey,
  type SheetRows,
} from '../../../domain/catalogue-import.ts';
import { message } from '../../../domain/messages.ts';
import { foldText } from '../../../domain/text.ts';
import type { ProcedureVersion } from '../../../domain/schemas/admin-catalogue.ts';

async function newWorkbook(): Promise<Workbook> {
  // Loaded on demand: exceljs is large and only the administration's files need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'motcua';
  return workbook;
}

/** Rows that take a choice get a drop-down of the choice's words (the template, and the export). */
const choiceColumns: Partial<Record<string, keyof typeof choiceLabels>> = {
  durationUnit: 'durationUnit',
  supplementClock: 'supplementClock',
  onlineLevel: 'onlineLevel',
  feeDue: 'feeDue',
  active: 'yesNo',
  required: 'yesNo',
  defaultForm: 'defaultForm',
  kind: 'feeKind',
};
const VALIDATED_ROWS = 500;

function addSheet(workbook: Workbook, sheet: CatalogueSheet, columns: readonly CatalogueColumn[], rows: readonly (string | number)[][]): Worksheet {
  const worksheet = workbook.addWorksheet(catalogueSheets[sheet], { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = columns.map((column) => ({ header: column.header, key: column.key, width: column.width }));
  const header = worksheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 36;
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: column.required ? 'FFFCE4D6' : 'FFEDEDED' } };
    // The hint travels as the header's note, so the first data row is row 2 in every file.
    if (column.hint) cell.note = `${column.required ? 'Bắt buộc. ' : ''}${column.hint}`;
  });
  for (const values of rows) worksheet.addRow(values);
  columns.forEach((column, index) => {
    const group = choiceColumns[column.key];
    if (!group) return;
    const words = Object.values(choiceLabels[group]).map((labels) => labels[0]);
    for (let row = 2; row <= Math.max(VALIDATED_ROWS, rows.length + 50); row++) {
      worksheet.getCell(row, index + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${words.join(',')}"`] };
    }
  });
  return worksheet;
}

export interface ExportedProcedure {
  code: string;
  active: boolean;
  version: ProcedureVersion;
  fieldCode: string;
  decidingUnitCode: string;
}

const dmy = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
/** Percent with at most two decimals: 0.65 → 65, 0.125 → 12.5. */
const percent = (share: number) => Math.round(share * 10_000) / 100;

/**
 * The catalogue as a workbook in the import layout (README "Catalogue import"): empty for
 * the template, or the latest version of each procedure, so an export edited and imported
 * again changes exactly what was edited.
 */
export async function catalogueWorkbook(procedures: readonly ExportedProcedure[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = await newWorkbook();
  const procedureRow = (p: ExportedProcedure): Record<ProcedureColumnKey, string | number> => ({
    code: p.code,
    name: p.version.name,
    fieldCode: p.fieldCode,
    fieldName: p.version.fieldName,
    durationUnit: choiceLabel('durationUnit', p.version.durationUnit),
    durationAmount: p.version.durationUnit === 'same_day' ? '' : p.version.durationAmount,
    decidingUnitCode: p.decidingUnitCode,
    supplementClock: choiceLabel('supplementClock', p.version.supplementClock),
    onlineLevel: choiceLabel('onlineLevel', p.version.onlineLevel),
    feeDue: choiceLabel('feeDue', p.version.feeDue),
    share_desk_intake: percent(p.version.legShares.desk_intake),
    share_department: percent(p.version.legShares.department),
    share_handler: percent(p.version.legShares.handler),
    share_approval: percent(p.version.legShares.approval),
    effectiveFrom: dmy(p.version.effectiveFrom),
    active: choiceLabel('yesNo', p.active ? 'yes' : 'no'),
  });
  addSheet(workbook, 'procedures', procedureColumns, procedures.map((p) => procedureColumns.map((column) => procedureRow(p)[column.key])));
  const documentRows = procedures.flatMap((p) =>
    p.version.documents.map((d): Record<DocumentColumnKey, string | number> => ({
      code: p.code,
      position: d.position,
      name: d.name,
      required: choiceLabel('yesNo', d.required ? 'yes' : 'no'),
      defaultForm: choiceLabel('defaultForm', d.defaultForm),
      defaultCount: d.defaultCount,
    })),
  );
  addSheet(workbook, 'documents', documentColumns, documentRows.map((row) => documentColumns.map((column) => row[column.key])));
  const feeRows = procedures.flatMap((p) =>
    p.version.feeLines.map((line): Record<FeeColumnKey, string | number> => ({ code: p.code, kind: choiceLabel('feeKind', line.kind), amount: line.amount, note: line.note })),
  );
  addSheet(workbook, 'fees', feeColumns, feeRows.map((row) => feeColumns.map((column) => row[column.key])));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A cell as the domain reads it: rich text joined, formulas by their result, errors as empty. */
function cellValue(cell: Cell): CellValue {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) {
      const result = value.result;
      return result === undefined || (typeof result === 'object' && !(result instanceof Date)) ? null : result;
    }
    if ('text' in value && typeof value.text === 'string') return value.text;
  }
  return null;
}

export interface CatalogueSheetsRead {
  procedures: SheetRows<ProcedureColumnKey>;
  documents: SheetRows<DocumentColumnKey>;
  fees: SheetRows<FeeColumnKey>;
  presence: CataloguePresence;
  problems: ImportProblem[];
}

/** Reads a sheet by its headers (any order; matched without case or diacritics); empty rows are skipped. */
function readSheet<Key extends string>(
  workbook: Workbook,
  sheet: CatalogueSheet,
  columns: readonly CatalogueColumn<Key>[],
  problems: ImportProblem[],
  optional = false,
): { rows: SheetRows<Key>; columns: Set<Key>; present: boolean } {
  const worksheet = workbook.worksheets.find((w) => foldText(w.name) === foldText(catalogueSheets[sheet]));
  if (!worksheet) {
    if (!optional) problems.push({ sheet, row: null, column: null, message: message('import_sheet_missing', { sheet: catalogueSheets[sheet] }) });
    return { rows: [], columns: new Set(), present: false };
  }
  const positions = new Map<Key, number>();
  worksheet.getRow(1).eachCell((cell, column) => {
    const header = foldText(String(cellValue(cell) ?? ''));
    const match = columns.find((c) => foldText(c.header) === header);
    if (match) positions.set(match.key, column);
  });
  for (const column of columns) {
    if (column.required && !positions.has(column.key)) problems.push({ sheet, row: 1, column: column.header, message: message('import_column_missing', { column: column.header }) });
  }
  const rows: SheetRows<Key> = [];
  worksheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells: Partial<Record<Key, CellValue>> = {};
    let empty = true;
    for (const [key, column] of positions) {
      const value = cellValue(row.getCell(column));
      if (value !== null && String(value).trim() !== '') empty = false;
      cells[key] = value;
    }
    if (!empty) rows.push({ row: number, cells });
  });
  return { rows, columns: new Set(positions.keys()), present: true };
}

export async function readCatalogueWorkbook(bytes: Uint8Array): Promise<CatalogueSheetsRead> {
  const workbook = await newWorkbook();
  const problems: ImportProblem[] = [];
  try {
    // exceljs declares a Node Buffer; it reads any binary (JSZip), which the browser host needs.
    await workbook.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  } catch {
    return {
      procedures: [],
      documents: [],
      fees: [],
      presence: { procedureColumns: new Set(), documents: false, fees: false },
      problems: [{ sheet: 'procedures', row: null, column: null, message: message('import_file_invalid') }],
    };
  }
  const procedures = readSheet(workbook, 'procedures', procedureColumns, problems);
  // A file may leave out the checklist or fees (a list of names and durations to update):
  // what it leaves out stays as it is.
  const documents = readSheet(workbook, 'documents', documentColumns, problems, true);
  const fees = readSheet(workbook, 'fees', feeColumns, problems, true);
  return {
    procedures: procedures.rows,
    documents: documents.rows,
    fees: fees.rows,
    presence: { procedureColumns: procedures.columns, documents: documents.present, fees: fees.present },
    problems,
  };
}
