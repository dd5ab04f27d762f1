import type { Queryable } from '../db/db.ts';
import { notFound } from '../http/errors.ts';
import type { DocumentForm, DurationUnit, SupplementClock } from '../../domain/channels.ts';
import type { LegShares } from '../../domain/control-slip.ts';
import type { FeeDue, FeeLine } from '../../domain/fees.ts';
import type { OnlineLevel } from '../../domain/procedures.ts';
import { message } from '../../domain/messages.ts';

export interface ProcedureWithChecklist {
  id: string;
  code: string;
  name: string;
  fieldCode: string;
  fieldName: string;
  durationUnit: DurationUnit;
  durationAmount: number;
  /** The sum of the fee lines: what the desk collects by default. */
  feeAmount: number;
  feeNote: string;
  feeLines: FeeLine[];
  feeDue: FeeDue;
  decidingUnitId: string;
  decidingUnitName: string;
  supplementClock: SupplementClock;
  onlineLevel: OnlineLevel;
  legShares: LegShares;
  documents: { id: string; position: number; name: string; required: boolean; defaultForm: DocumentForm; defaultCount: number }[];
}

/**
 * The version of each procedure in force on `day` (YYYY-MM-DD): the highest revision that
 * has taken effect. As a subquery over `procedures p`, for lists that need the catalogue.
 */
export const inForceVersionsSql = `SELECT DISTINCT ON (code) * FROM procedures WHERE effective_from <= $1 ORDER BY code, revision DESC`;

interface VersionRow {
  id: string;
  code: string;
  name: string;
  field_code: string;
  field_name: string;
  duration_unit: DurationUnit;
  duration_amount: number;
  fee_amount: number;
  fee_note: string;
  fee_lines: FeeLine[];
  fee_due: FeeDue;
  deciding_unit_id: string;
  deciding_unit_name: string;
  supplement_clock: SupplementClock;
  online_level: OnlineLevel;
  leg_shares: LegShares;
}

/** Checklists of the given procedure versions, by version id, in order. */
export async function loadChecklists(db: Queryable, versionIds: readonly string[]) {
  const rows = await db.query<{ id: string; procedure_id: string; position: number; name: string; required: boolean; default_form: DocumentForm; default_count: number }>(
    'SELECT id, procedure_id, position, name, required, default_form, default_count FROM procedure_documents WHERE procedure_id = ANY($1::uuid[]) ORDER BY procedure_id, position',
    [versionIds],
  );
  const byVersion = new Map<string, ProcedureWithChecklist['documents']>();
  for (const d of rows) {
    const list = byVersion.get(d.procedure_id) ?? [];
    list.push({ id: d.id, position: d.position, name: d.name, required: d.required, defaultForm: d.default_form, defaultCount: d.default_count });
    byVersion.set(d.procedure_id, list);
  }
  return byVersion;
}

/** Procedures in force on `day` (YYYY-MM-DD), active ones, with their checklists. */
export async function listProcedures(db: Queryable, day: string): Promise<ProcedureWithChecklist[]> {
  const rows = await db.query<VersionRow>(
    `SELECT p.id, p.code, p.name, f.code AS field_code, f.name AS field_name, p.duration_unit, p.duration_amount, p.fee_amount,
       p.fee_note, p.fee_lines, p.fee_due, p.deciding_unit_id, u.name AS deciding_unit_name, p.supplement_clock, p.online_level, p.leg_shares
     FROM (${inForceVersionsSql}) p JOIN fields f ON f.id = p.field_id JOIN units u ON u.id = p.deciding_unit_id
     WHERE p.active`,
    [day],
  );
  const checklists = await loadChecklists(
    db,
    rows.map((row) => row.id),
  );
  return rows
    .map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      fieldCode: row.field_code,
      fieldName: row.field_name,
      durationUnit: row.duration_unit,
      durationAmount: row.duration_amount,
      feeAmount: row.fee_amount,
      feeNote: row.fee_note,
      feeLines: row.fee_lines,
      feeDue: row.fee_due,
      decidingUnitId: row.deciding_unit_id,
      decidingUnitName: row.deciding_unit_name,
      supplementClock: row.supplement_clock,
      onlineLevel: row.online_level,
      legShares: row.leg_shares,
      documents: checklists.get(row.id) ?? [],
    }))
    .sort((a, b) => a.fieldName.localeCompare(b.fieldName, 'vi') || a.name.localeCompare(b.name, 'vi'));
}

export async function getProcedure(db: Queryable, where: { id?: string; code?: string }, day: string): Promise<ProcedureWithChecklist> {
  const procedure = (await listProcedures(db, day)).find((p) => (where.id ? p.id === where.id : p.code === where.code));
  if (!procedure) throw notFound(message('procedure_not_found'));
  return procedure;
}

/** Writes a new dossier's checklist: every item of its procedure, with what was handed in. */
export async function insertChecklist(
  tx: Queryable,
  dossierId: string,
  procedure: ProcedureWithChecklist,
  answerFor: (
    item: ProcedureWithChecklist['documents'][number],
  ) => { received: boolean; form: DocumentForm; count: number; reusedFromDocumentId?: string | null } | undefined,
): Promise<void> {
  for (const item of procedure.documents) {
    const answer = answerFor(item);
    await tx.query(
      `INSERT INTO dossier_documents (dossier_id, procedure_document_id, position, name, received, form, count, reused_from_document_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [dossierId, item.id, item.position, item.name, answer?.received ?? false, answer?.form ?? item.defaultForm, answer?.count ?? 0, answer?.reusedFromDocumentId ?? null],
    );
  }
}
