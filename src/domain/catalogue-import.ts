import type { DocumentForm, DurationUnit, SupplementClock } from './channels.ts';
import { legShareKinds, type LegShares } from './control-slip.ts';
import type { FeeDue, FeeKind } from './fees.ts';
import type { OnlineLevel } from './procedures.ts';
import { message, type Message } from './messages.ts';
import { foldText } from './text.ts';

/**
 * The procedure catalogue as a workbook (import, export and the downloadable template),
 * the nearest practical layout to what the national procedure database publishes: one row
 * per procedure on the first sheet, its checklist and its fee lines on two more sheets
 * keyed by the procedure code (README, "Catalogue import"). Headers and choice labels are
 * Vietnamese; cells are matched without regard to case or diacritics ("ngay lam viec").
 */
export const catalogueSheets = {
  procedures: 'Thủ tục',
  documents: 'Thành phần hồ sơ',
  fees: 'Phí, lệ phí',
} as const;
export type CatalogueSheet = keyof typeof catalogueSheets;

export interface CatalogueColumn<Key extends string = string> {
  key: Key;
  header: string;
  required: boolean;
  /** What goes in the cell, shown on the template's second row. */
  hint: string;
  width: number;
}

export const procedureColumns = [
  { key: 'code', header: 'Mã thủ tục', required: true, hint: 'Mã trên Cơ sở dữ liệu quốc gia, ví dụ 1.004873', width: 14 },
  { key: 'name', header: 'Tên thủ tục', required: true, hint: 'Tên đầy đủ', width: 50 },
  { key: 'fieldCode', header: 'Mã lĩnh vực', required: true, hint: 'Ví dụ HT', width: 12 },
  { key: 'fieldName', header: 'Tên lĩnh vực', required: false, hint: 'Điền khi lĩnh vực chưa có: sẽ được tạo mới', width: 22 },
  { key: 'durationUnit', header: 'Đơn vị thời hạn', required: true, hint: 'ngày làm việc / giờ làm việc / ngày / trong ngày', width: 16 },
  { key: 'durationAmount', header: 'Thời hạn giải quyết', required: false, hint: 'Số, có thể lẻ: 0,5. Để trống nếu trong ngày', width: 12 },
  { key: 'decidingUnitCode', header: 'Mã định danh đơn vị giải quyết', required: true, hint: 'Ví dụ 000.01.22.H56', width: 20 },
  { key: 'supplementClock', header: 'Khi yêu cầu bổ sung', required: false, hint: 'tạm dừng (mặc định) / tính lại', width: 14 },
  { key: 'onlineLevel', header: 'Dịch vụ công trực tuyến', required: false, hint: 'toàn trình / một phần (mặc định) / không', width: 14 },
  { key: 'feeDue', header: 'Thời điểm nộp phí, lệ phí', required: false, hint: 'khi tiếp nhận (mặc định) / trước khi trả kết quả', width: 16 },
  { key: 'share_desk_intake', header: 'Tỷ lệ Một cửa (%)', required: false, hint: 'Để trống cả bốn cột: theo cài đặt', width: 10 },
  { key: 'share_department', header: 'Tỷ lệ phòng chuyên môn (%)', required: false, hint: '', width: 10 },
  { key: 'share_handler', header: 'Tỷ lệ chuyên viên (%)', required: false, hint: '', width: 10 },
  { key: 'share_approval', header: 'Tỷ lệ lãnh đạo duyệt (%)', required: false, hint: 'Tổng bốn cột = 100', width: 10 },
  { key: 'effectiveFrom', header: 'Ngày áp dụng', required: false, hint: 'dd/mm/yyyy; để trống: hôm nay', width: 12 },
  { key: 'active', header: 'Đang áp dụng', required: false, hint: 'có (mặc định) / không', width: 10 },
] as const satisfies readonly CatalogueColumn[];
export type ProcedureColumnKey = (typeof procedureColumns)[number]['key'];

export const documentColumns = [
  { key: 'code', header: 'Mã thủ tục', required: true, hint: 'Mã thủ tục của trang "Thủ tục"', width: 14 },
  { key: 'position', header: 'STT', required: false, hint: 'Thứ tự trong danh sách', width: 6 },
  { key: 'name', header: 'Tên giấy tờ', required: true, hint: '', width: 60 },
  { key: 'required', header: 'Bắt buộc', required: false, hint: 'có (mặc định) / không', width: 10 },
  { key: 'defaultForm', header: 'Hình thức', required: false, hint: 'bản chính (mặc định) / bản sao chứng thực / bản chụp', width: 18 },
  { key: 'defaultCount', header: 'Số lượng', required: false, hint: '1 nếu để trống', width: 9 },
] as const satisfies readonly CatalogueColumn[];
export type DocumentColumnKey = (typeof documentColumns)[number]['key'];

export const feeColumns = [
  { key: 'code', header: 'Mã thủ tục', required: true, hint: 'Mã thủ tục của trang "Thủ tục"', width: 14 },
  { key: 'kind', header: 'Loại', required: true, hint: 'phí / lệ phí', width: 10 },
  { key: 'amount', header: 'Mức thu (đồng)', required: true, hint: 'Số nguyên, ví dụ 28000', width: 14 },
  { key: 'note', header: 'Ghi chú', required: false, hint: 'Ví dụ: 2.000 đồng/trang', width: 40 },
] as const satisfies readonly CatalogueColumn[];
export type FeeColumnKey = (typeof feeColumns)[number]['key'];

/** The words of each choice as the workbook writes them (the first is what export writes). */
export const choiceLabels = {
  durationUnit: { working_days: ['ngày làm việc'], working_hours: ['giờ làm việc', 'giờ'], calendar_days: ['ngày', 'ngày theo lịch'], same_day: ['trong ngày'] },
  supplementClock: { pause: ['tạm dừng'], restart: ['tính lại'] },
  onlineLevel: { full: ['toàn trình'], partial: ['một phần'], none: ['không'] },
  yesNo: { yes: ['có', 'x'], no: ['không'] },
  defaultForm: { original: ['bản chính'], certified_copy: ['bản sao chứng thực', 'bản sao có chứng thực'], photocopy: ['bản chụp', 'bản sao', 'bản photo'] },
  feeKind: { fee: ['phí'], charge: ['lệ phí'] },
  feeDue: { at_receipt: ['khi tiếp nhận'], before_return: ['trước khi trả kết quả', 'khi trả kết quả', 'khi nhận kết quả'] },
} as const satisfies Record<string, Record<string, readonly string[]>>;

type ChoiceOf<Group extends keyof typeof choiceLabels> = keyof (typeof choiceLabels)[Group];

/** The value a cell names, matched without case or diacritics; undefined when it names none. */
export function readChoice<Group extends keyof typeof choiceLabels>(group: Group, text: string): ChoiceOf<Group> | undefined {
  const folded = foldText(text);
  for (const [value, labels] of Object.entries(choiceLabels[group]) as [ChoiceOf<Group>, readonly string[]][]) {
    if (labels.some((label) => foldText(label) === folded)) return value;
  }
  return undefined;
}

export function choiceLabel<Group extends keyof typeof choiceLabels>(group: Group, value: ChoiceOf<Group>): string {
  return (choiceLabels[group][value] as readonly string[])[0]!;
}

/** A cell as the reader gives it: text, a number, a date (Excel dates), a boolean, or empty. */
export type CellValue = string | number | boolean | Date | null;

export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** A number as catalogues write it: 0,5 or 0.5; thousands separators in amounts (28.000). */
export function readNumber(value: CellValue, options: { thousands?: boolean } = {}): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = cellText(value).replace(/\s|₫|đ$/gi, '');
  if (text === '') return undefined;
  const normalized = options.thousands ? text.replace(/[.,](?=\d{3}(\D|$))/g, '') : text.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : undefined;
}

/** A date cell: an Excel date, dd/mm/yyyy or yyyy-mm-dd. */
export function readDate(value: CellValue): string | undefined {
  if (value instanceof Date) {
    // Excel stores the calendar date at UTC midnight.
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  }
  const text = cellText(value);
  const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = vietnamese ? [vietnamese[3], vietnamese[2], vietnamese[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year) return undefined;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A problem in the workbook: where (sheet, Excel row, column header) and what. */
export interface ImportProblem {
  sheet: CatalogueSheet;
  /** Excel's row number (the header is row 1). */
  row: number | null;
  column: string | null;
  message: Message;
}

/** A procedure row as read: codes still unresolved, the choices read, problems so far. */
export interface ReadProcedureRow {
  row: number;
  code: string;
  name: string;
  fieldCode: string;
  fieldName: string;
  durationUnit: DurationUnit | undefined;
  durationAmount: number;
  decidingUnitCode: string;
  /** null: the column is not in the file (an existing procedure keeps its value, a new one gets the default). */
  supplementClock: SupplementClock | null;
  onlineLevel: OnlineLevel | null;
  feeDue: FeeDue | null;
  legShares: LegShares | null;
  effectiveFrom: string | null;
  active: boolean | null;
  /** null: the sheet is not in the file (kept as it is). */
  documents: { row: number; position: number; name: string; required: boolean; defaultForm: DocumentForm; defaultCount: number }[] | null;
  feeLines: { row: number; kind: FeeKind; amount: number; note: string }[] | null;
  problems: ImportProblem[];
}

/** Which columns and sheets the file has: what it leaves out, the import leaves as it is. */
export interface CataloguePresence {
  procedureColumns: ReadonlySet<ProcedureColumnKey>;
  documents: boolean;
  fees: boolean;
}

export type SheetRows<Key extends string> = { row: number; cells: Partial<Record<Key, CellValue>> }[];

function problem(sheet: CatalogueSheet, row: number, column: string | null, value: Message): ImportProblem {
  return { sheet, row, column, message: value };
}

const columnHeader = <Key extends string>(columns: readonly CatalogueColumn<Key>[], key: Key) => columns.find((c) => c.key === key)!.header;

/**
 * Reads the three sheets into procedure rows: every cell checked and converted, each
 * checklist and fee line attached to its procedure, problems kept with their place. The
 * server then resolves field and unit codes and checks each row with the same schema the
 * form uses.
 */
export function readCatalogueRows(
  procedures: SheetRows<ProcedureColumnKey>,
  documents: SheetRows<DocumentColumnKey>,
  fees: SheetRows<FeeColumnKey>,
  presence: CataloguePresence = { procedureColumns: new Set(procedureColumns.map((c) => c.key)), documents: true, fees: true },
): { rows: ReadProcedureRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const rows: ReadProcedureRow[] = [];
  const byCode = new Map<string, ReadProcedureRow>();
  for (const { row, cells } of procedures) {
    const header = (key: ProcedureColumnKey) => columnHeader(procedureColumns, key);
    const text = (key: ProcedureColumnKey) => cellText(cells[key] ?? null);
    const found: ImportProblem[] = [];
    const need = (key: ProcedureColumnKey) => {
      if (text(key) === '') found.push(problem('procedures', row, header(key), message('import_cell_required')));
      return text(key);
    };
    const code = need('code');
    const durationText = need('durationUnit');
    const durationUnit = durationText ? readChoice('durationUnit', durationText) : undefined;
    if (durationText && !durationUnit) found.push(problem('procedures', row, header('durationUnit'), message('import_cell_invalid', { value: durationText })));
    let durationAmount = 0;
    if (durationUnit && durationUnit !== 'same_day') {
      const amount = readNumber(cells.durationAmount ?? null);
      if (amount === undefined) {
        found.push(problem('procedures', row, header('durationAmount'), text('durationAmount') ? message('import_cell_invalid', { value: text('durationAmount') }) : message('import_cell_required')));
      } else durationAmount = amount;
    }
    const choice = <Group extends 'supplementClock' | 'onlineLevel' | 'feeDue' | 'yesNo'>(key: ProcedureColumnKey, group: Group, fallback: ChoiceOf<Group>): ChoiceOf<Group> | null => {
      if (!presence.procedureColumns.has(key)) return null;
      if (text(key) === '') return fallback;
      const value = readChoice(group, text(key));
      if (value === undefined) found.push(problem('procedures', row, header(key), message('import_cell_invalid', { value: text(key) })));
      return value ?? fallback;
    };
    const shareCells = legShareKinds.map((kind) => ({ kind, key: `share_${kind}` as const }));
    const filled = shareCells.filter(({ key }) => text(key) !== '');
    let legShares: LegShares | null = null;
    if (filled.length === shareCells.length) {
      const values = shareCells.map(({ kind, key }) => {
        const percent = readNumber(cells[key] ?? null);
        if (percent === undefined) found.push(problem('procedures', row, header(key), message('import_cell_invalid', { value: text(key) })));
        return [kind, (percent ?? 0) / 100] as const;
      });
      legShares = Object.fromEntries(values) as LegShares;
    } else if (filled.length > 0) {
      found.push(problem('procedures', row, header(shareCells.find(({ key }) => text(key) === '')!.key), message('import_shares_incomplete')));
    }
    let effectiveFrom: string | null = null;
    if (text('effectiveFrom') !== '') {
      effectiveFrom = readDate(cells.effectiveFrom ?? null) ?? null;
      if (!effectiveFrom) found.push(problem('procedures', row, header('effectiveFrom'), message('import_cell_invalid', { value: text('effectiveFrom') })));
    }
    const read: ReadProcedureRow = {
      row,
      code,
      name: need('name'),
      fieldCode: need('fieldCode'),
      fieldName: text('fieldName'),
      durationUnit,
      durationAmount,
      decidingUnitCode: need('decidingUnitCode'),
      supplementClock: choice('supplementClock', 'supplementClock', 'pause'),
      onlineLevel: choice('onlineLevel', 'onlineLevel', 'partial'),
      feeDue: choice('feeDue', 'feeDue', 'at_receipt'),
      legShares,
      effectiveFrom,
      active: ((answer) => (answer === null ? null : answer === 'yes'))(choice('active', 'yesNo', 'yes')),
      documents: presence.documents ? [] : null,
      feeLines: presence.fees ? [] : null,
      problems: found,
    };
    const twin = code ? byCode.get(code) : undefined;
    if (twin) read.problems.push(problem('procedures', row, header('code'), message('import_code_duplicate', { code, row: twin.row })));
    else if (code) byCode.set(code, read);
    rows.push(read);
  }

  for (const { row, cells } of documents) {
    const text = (key: DocumentColumnKey) => cellText(cells[key] ?? null);
    const header = (key: DocumentColumnKey) => columnHeader(documentColumns, key);
    const owner = byCode.get(text('code'));
    const found: ImportProblem[] = [];
    if (!owner) {
      problems.push(problem('documents', row, header('code'), text('code') ? message('import_procedure_unknown', { code: text('code') }) : message('import_cell_required')));
      continue;
    }
    if (text('name') === '') found.push(problem('documents', row, header('name'), message('import_cell_required')));
    const required = text('required') === '' ? 'yes' : readChoice('yesNo', text('required'));
    if (!required) found.push(problem('documents', row, header('required'), message('import_cell_invalid', { value: text('required') })));
    const form = text('defaultForm') === '' ? 'original' : readChoice('defaultForm', text('defaultForm'));
    if (!form) found.push(problem('documents', row, header('defaultForm'), message('import_cell_invalid', { value: text('defaultForm') })));
    const count = text('defaultCount') === '' ? 1 : readNumber(cells.defaultCount ?? null);
    if (count === undefined || !Number.isInteger(count)) found.push(problem('documents', row, header('defaultCount'), message('import_cell_invalid', { value: text('defaultCount') })));
    const position = text('position') === '' ? undefined : readNumber(cells.position ?? null);
    owner.problems.push(...found);
    (owner.documents ??= []).push({
      row,
      position: position ?? (owner.documents?.length ?? 0) + 1,
      name: text('name'),
      required: required !== 'no',
      defaultForm: form ?? 'original',
      defaultCount: count ?? 1,
    });
  }
  for (const owner of rows) owner.documents?.sort((a, b) => a.position - b.position || a.row - b.row);

  for (const { row, cells } of fees) {
    const text = (key: FeeColumnKey) => cellText(cells[key] ?? null);
    const header = (key: FeeColumnKey) => columnHeader(feeColumns, key);
    const owner = byCode.get(text('code'));
    if (!owner) {
      problems.push(problem('fees', row, header('code'), text('code') ? message('import_procedure_unknown', { code: text('code') }) : message('import_cell_required')));
      continue;
    }
    const kind = readChoice('feeKind', text('kind'));
    if (!kind) owner.problems.push(problem('fees', row, header('kind'), text('kind') ? message('import_cell_invalid', { value: text('kind') }) : message('import_cell_required')));
    const amount = readNumber(cells.amount ?? null, { thousands: true });
    if (amount === undefined || !Number.isInteger(amount)) {
      owner.problems.push(problem('fees', row, header('amount'), text('amount') ? message('import_cell_invalid', { value: text('amount') }) : message('import_cell_required')));
    }
    (owner.feeLines ??= []).push({ row, kind: kind ?? 'charge', amount: amount ?? 0, note: text('note') });
  }
  return { rows, problems };
}

/** The import's verdict on one procedure row. */
export const importRowStatuses = ['new', 'changed', 'unchanged', 'error'] as const;
export type ImportRowStatus = (typeof importRowStatuses)[number];
