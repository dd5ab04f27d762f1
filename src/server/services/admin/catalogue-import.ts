import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { z } from 'zod';
import type { Db, Queryable } from '../../db/db.ts';
import {
  catalogueSheets,
  documentColumns,
  feeColumns,
  procedureColumns,
  readCatalogueRows,
  type ImportProblem,
  type ReadProcedureRow,
} from '../../../domain/catalogue-import.ts';
import type { LegShares } from '../../../domain/control-slip.ts';
import { message } from '../../../domain/messages.ts';
import { changedRules, earliestEffectiveFrom, type OnlineLevel, type ProcedureRules } from '../../../domain/procedures.ts';
import type { CurrentUser } from '../../../domain/schemas/auth.ts';
import { ProcedureInput, type ImportPreview, type ImportPreviewRow, type ImportProblemWire, type ImportResult } from '../../../domain/schemas/admin-catalogue.ts';
import { issueMessage } from '../../../domain/schemas/zod-messages.ts';
import { formatLocalDate } from '../../../domain/vietnam-time.ts';
import { HttpError, wireMessage } from '../../http/errors.ts';
import { appendAudit } from '../audit.ts';
import { loadWorkingCalendar } from '../calendar-service.ts';
import { loadChecklists } from '../procedures.ts';
import { loadDefaultLegShares } from '../settings.ts';
import { requireAdmin } from './access.ts';
import { readCatalogueWorkbook, type CatalogueSheetsRead } from './catalogue-workbook.ts';
import { createProcedureIn, updateProcedureIn } from './procedures.ts';

/** A commune's catalogue is 200–300 procedures; a province's, a few thousand. */
export const MAX_IMPORT_ROWS = 3000;

interface LatestVersion {
  id: string;
  code: string;
  version: number;
  effective_from: string;
  name: string;
  field_id: string;
  deciding_unit_id: string;
  online_level: OnlineLevel;
  active: boolean;
  duration_unit: ProcedureInput['durationUnit'];
  duration_amount: number;
  fee_lines: ProcedureInput['feeLines'];
  fee_due: ProcedureInput['feeDue'];
  supplement_clock: ProcedureInput['supplementClock'];
  leg_shares: LegShares;
  used: boolean;
}

interface Catalogue {
  fields: Map<string, { id: string; active: boolean }>;
  units: Map<string, string>;
  latest: Map<string, LatestVersion & { documents: ProcedureRules['documents'] }>;
  defaultShares: LegShares;
  fingerprint: string;
}

async function loadCatalogue(tx: Queryable): Promise<Catalogue> {
  const fields = await tx.query<{ id: string; code: string; active: boolean; version: number }>('SELECT id, code, active, version FROM fields ORDER BY code');
  const units = await tx.query<{ id: string; code: string }>('SELECT id, code FROM units WHERE active ORDER BY code');
  const latest = await tx.query<LatestVersion>(
    `SELECT DISTINCT ON (p.code) p.id, p.code, p.version, p.effective_from, p.name, p.field_id, p.deciding_unit_id, p.online_level, p.active,
       p.duration_unit, p.duration_amount, p.fee_lines, p.fee_due, p.supplement_clock, p.leg_shares,
       (EXISTS (SELECT 1 FROM dossiers d WHERE d.procedure_id = p.id) OR EXISTS (SELECT 1 FROM intake_slips s WHERE s.procedure_id = p.id)) AS used
     FROM procedures p ORDER BY p.code, p.revision DESC`,
  );
  const checklists = await loadChecklists(
    tx,
    latest.map((row) => row.id),
  );
  const fingerprint = bytesToHex(
    sha256(utf8ToBytes(JSON.stringify([latest.map((p) => [p.code, p.id, p.version, p.used]), fields.map((f) => [f.code, f.version]), units.map((u) => u.code)]))),
  ).slice(0, 32);
  return {
    fields: new Map(fields.map((f) => [f.code, { id: f.id, active: f.active }])),
    units: new Map(units.map((u) => [u.code, u.id])),
    latest: new Map(latest.map((p) => [p.code, { ...p, documents: checklists.get(p.id) ?? [] }])),
    defaultShares: await loadDefaultLegShares(tx),
    fingerprint,
  };
}

/** Where a field of the procedure form lives in the workbook, for a schema problem. */
function placeOf(read: ReadProcedureRow, path: readonly PropertyKey[]): Pick<ImportProblem, 'sheet' | 'row' | 'column'> {
  const [head, index, leaf] = path.map(String);
  const procedureHeader = (key: (typeof procedureColumns)[number]['key']) => procedureColumns.find((c) => c.key === key)!.header;
  const document = head === 'documents' && index !== undefined ? read.documents?.[Number(index)] : undefined;
  if (document) return { sheet: 'documents', row: document.row, column: documentColumns.find((c) => c.key === leaf)?.header ?? null };
  const fee = head === 'feeLines' && index !== undefined ? read.feeLines?.[Number(index)] : undefined;
  if (fee) return { sheet: 'fees', row: fee.row, column: feeColumns.find((c) => c.key === leaf)?.header ?? null };
  const columns: Record<string, (typeof procedureColumns)[number]['key']> = {
    name: 'name',
    fieldId: 'fieldCode',
    durationUnit: 'durationUnit',
    durationAmount: 'durationAmount',
    decidingUnitId: 'decidingUnitCode',
    supplementClock: 'supplementClock',
    onlineLevel: 'onlineLevel',
    feeDue: 'feeDue',
    legShares: 'share_approval',
    documents: 'code',
  };
  return { sheet: 'procedures', row: read.row, column: head && columns[head] ? procedureHeader(columns[head]) : null };
}

interface AnalysedRow {
  read: ReadProcedureRow;
  preview: ImportPreviewRow;
  input?: z.output<typeof ProcedureInput>;
  newField?: { code: string; name: string };
}

const toWire = (problem: ImportProblem): ImportProblemWire => ({ sheet: problem.sheet, row: problem.row, column: problem.column, ...wireMessage(problem.message) });
const dateText = (date: string) => formatLocalDate(date);

/** Checks every row against the catalogue as it is, the way the form's save would, without writing. */
function analyse(sheets: CatalogueSheetsRead, catalogue: Catalogue, today: string) {
  const { rows, problems } = readCatalogueRows(sheets.procedures, sheets.documents, sheets.fees, sheets.presence);
  const globalProblems = [...sheets.problems, ...problems];
  if (sheets.problems.length === 0 && rows.length === 0) globalProblems.push({ sheet: 'procedures', row: null, column: null, message: message('import_empty') });
  if (rows.length > MAX_IMPORT_ROWS) globalProblems.push({ sheet: 'procedures', row: null, column: null, message: message('import_too_many_rows', { maximum: MAX_IMPORT_ROWS }) });
  const newFields = new Map<string, string>();
  const analysed: AnalysedRow[] = rows.map((read) => {
    const found = [...read.problems];
    const existing = catalogue.latest.get(read.code);
    let fieldId = catalogue.fields.get(read.fieldCode)?.id;
    let newField: AnalysedRow['newField'];
    const fieldHeader = procedureColumns.find((c) => c.key === 'fieldCode')!.header;
    if (read.fieldCode && catalogue.fields.has(read.fieldCode) && !catalogue.fields.get(read.fieldCode)!.active) {
      found.push({ sheet: 'procedures', row: read.row, column: fieldHeader, message: message('field_invalid') });
    } else if (read.fieldCode && !fieldId) {
      if (!read.fieldName) found.push({ sheet: 'procedures', row: read.row, column: fieldHeader, message: message('import_field_unknown', { code: read.fieldCode }) });
      else {
        newField = { code: read.fieldCode, name: newFields.get(read.fieldCode) ?? read.fieldName };
        newFields.set(read.fieldCode, newField.name);
        // A stand-in id so the row can be checked; the field is created before the procedures.
        fieldId = '00000000-0000-4000-8000-000000000000';
      }
    }
    const decidingUnitId = catalogue.units.get(read.decidingUnitCode);
    if (read.decidingUnitCode && !decidingUnitId) {
      found.push({ sheet: 'procedures', row: read.row, column: procedureColumns.find((c) => c.key === 'decidingUnitCode')!.header, message: message('import_unit_unknown', { code: read.decidingUnitCode }) });
    }
    const candidate = {
      name: read.name,
      fieldId: fieldId ?? '',
      durationUnit: read.durationUnit,
      durationAmount: read.durationAmount,
      // What the file leaves out (a column, a sheet, the four shares) an existing procedure keeps;
      // a new one gets the default.
      feeLines: read.feeLines ? read.feeLines.map(({ kind, amount, note }) => ({ kind, amount, note })) : (existing?.fee_lines ?? []),
      feeDue: read.feeDue ?? existing?.fee_due ?? 'at_receipt',
      decidingUnitId: decidingUnitId ?? '',
      supplementClock: read.supplementClock ?? existing?.supplement_clock ?? 'pause',
      onlineLevel: read.onlineLevel ?? existing?.online_level ?? 'partial',
      documents: read.documents
        ? read.documents.map(({ name, required, defaultForm, defaultCount }) => ({ name, required, defaultForm, defaultCount }))
        : (existing?.documents.map(({ name, required, defaultForm, defaultCount }) => ({ name, required, defaultForm, defaultCount })) ?? []),
      legShares: read.legShares ?? existing?.leg_shares ?? catalogue.defaultShares,
      active: read.active ?? existing?.active ?? true,
    };
    const parsed = ProcedureInput.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // Empty or unknown codes were reported above with their column.
        if ((issue.path[0] === 'fieldId' && !fieldId) || (issue.path[0] === 'decidingUnitId' && !decidingUnitId) || (issue.path[0] === 'durationUnit' && !read.durationUnit)) continue;
        if (issue.path[0] === 'name' && !read.name) continue;
        found.push({ ...placeOf(read, issue.path), message: issueMessage(issue) });
      }
    }
    const preview: ImportPreviewRow = { row: read.row, code: read.code, name: read.name, status: 'error', newVersionFrom: null, changes: [], problems: [] };
    if (found.length === 0 && parsed.success) {
      const input = parsed.data;
      if (!existing) preview.status = 'new';
      else {
        const rules = changedRules(
          {
            duration: { unit: existing.duration_unit, amount: existing.duration_amount },
            feeLines: existing.fee_lines,
            feeDue: existing.fee_due,
            supplementClock: existing.supplement_clock,
            documents: existing.documents,
            legShares: existing.leg_shares,
          },
          {
            duration: { unit: input.durationUnit, amount: input.durationUnit === 'same_day' ? 0 : input.durationAmount },
            feeLines: input.feeLines,
            feeDue: input.feeDue,
            supplementClock: input.supplementClock,
            documents: input.documents,
            legShares: input.legShares,
          },
        );
        const descriptive = (
          [
            ['name', existing.name !== input.name],
            ['fieldId', newField !== undefined || existing.field_id !== input.fieldId],
            ['decidingUnitId', existing.deciding_unit_id !== input.decidingUnitId],
            ['onlineLevel', existing.online_level !== input.onlineLevel],
            ['active', existing.active !== input.active],
          ] as const
        ).flatMap(([key, changed]) => (changed ? [key] : []));
        preview.changes = [...rules, ...descriptive];
        preview.status = preview.changes.length ? 'changed' : 'unchanged';
        if (rules.length && existing.used) {
          const earliest = earliestEffectiveFrom(today, existing.effective_from);
          // A file exported earlier carries the old version's date: the new one starts today.
          const from = read.effectiveFrom && read.effectiveFrom > existing.effective_from ? read.effectiveFrom : earliest;
          if (from < earliest) {
            found.push({ sheet: 'procedures', row: read.row, column: procedureColumns.find((c) => c.key === 'effectiveFrom')!.header, message: message('effective_from_past', { earliest: dateText(earliest) }) });
          } else preview.newVersionFrom = from;
        }
      }
      if (found.length === 0) {
        preview.problems = [];
        return { read, preview, input, newField };
      }
    }
    preview.status = 'error';
    preview.problems = found.map(toWire);
    return { read, preview, newField };
  });
  return { analysed, globalProblems, newFields };
}

function previewOf(fileName: string, result: ReturnType<typeof analyse>, fingerprint: string): ImportPreview {
  const counts = { new: 0, changed: 0, unchanged: 0, error: 0 };
  for (const row of result.analysed) counts[row.preview.status]++;
  return {
    fileName,
    rows: result.analysed.map((row) => row.preview),
    problems: result.globalProblems.map(toWire),
    counts,
    newFields: [...result.newFields].map(([code, name]) => ({ code, name })),
    fingerprint,
  };
}

function errorCount(preview: ImportPreview): number {
  return preview.problems.length + preview.rows.reduce((sum, row) => sum + row.problems.length, 0);
}

/** Reads an uploaded catalogue and says, row by row, what importing it would do. Writes nothing. */
export async function previewCatalogueImport(db: Db, actor: CurrentUser, file: { name: string; bytes: Uint8Array }, now: Date): Promise<ImportPreview> {
  requireAdmin(actor);
  const sheets = await readCatalogueWorkbook(file.bytes);
  const catalogue = await loadCatalogue(db);
  const today = (await loadWorkingCalendar(db)).localDate(now);
  return previewOf(file.name, analyse(sheets, catalogue, today), catalogue.fingerprint);
}

/**
 * Imports a catalogue: all rows or none. The file is checked again as in the preview; any
 * error refuses the whole file (400), and a catalogue changed since the preview (another
 * edit, another import) refuses it too (409), so what was previewed is what is written.
 */
export async function applyCatalogueImport(
  db: Db,
  actor: CurrentUser,
  file: { name: string; bytes: Uint8Array },
  fingerprint: string,
  now: Date,
): Promise<ImportResult> {
  requireAdmin(actor);
  const sheets = await readCatalogueWorkbook(file.bytes);
  return db.transaction(async (tx) => {
    // One import at a time: the catalogue is read and written under this lock.
    await tx.query('LOCK TABLE procedures IN SHARE ROW EXCLUSIVE MODE');
    const catalogue = await loadCatalogue(tx);
    const today = (await loadWorkingCalendar(tx)).localDate(now);
    const result = analyse(sheets, catalogue, today);
    const preview = previewOf(file.name, result, catalogue.fingerprint);
    const errors = errorCount(preview);
    if (errors > 0) throw new HttpError(400, 'import_has_errors', message('import_has_errors', { count: errors }));
    if (fingerprint !== catalogue.fingerprint) throw new HttpError(409, 'stale_version', message('import_stale'));
    const fieldIds = new Map<string, string>();
    for (const field of preview.newFields) {
      const [row] = await tx.query<{ id: string }>('INSERT INTO fields (code, name) VALUES ($1, $2) RETURNING id', [field.code, field.name]);
      fieldIds.set(field.code, row!.id);
      await appendAudit(tx, { at: now, actor, action: 'field.create', entity: 'field', entityId: row!.id, entityLabel: `${field.code} ${field.name}`, after: { ...field, active: true }, details: { import: file.name } });
    }
    const context = { tx, actor, now, today };
    const outcome = { created: 0, updated: 0, newVersions: 0, unchanged: 0, newFields: preview.newFields.length };
    for (const row of result.analysed) {
      const input = row.input!;
      const withField = row.newField ? { ...input, fieldId: fieldIds.get(row.newField.code)! } : input;
      if (row.preview.status === 'new') {
        await createProcedureIn(context, { ...withField, code: row.read.code, effectiveFrom: row.read.effectiveFrom ?? undefined });
        outcome.created++;
      } else if (row.preview.status === 'changed') {
        const done = await updateProcedureIn(context, row.read.code, { ...withField, effectiveFrom: row.preview.newVersionFrom ?? undefined });
        if (done === 'new_version') outcome.newVersions++;
        else outcome.updated++;
      } else outcome.unchanged++;
    }
    await appendAudit(tx, {
      at: now,
      actor,
      action: 'procedure.import',
      entity: 'procedure',
      entityLabel: file.name,
      details: { fileName: file.name, sheet: catalogueSheets.procedures, ...outcome },
    });
    return outcome;
  });
}
