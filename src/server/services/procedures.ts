import type { Queryable } from '../db/db.ts';
import { notFound } from '../http/errors.ts';
import type { DocumentForm, DurationUnit, SupplementClock } from '../../domain/channels.ts';
import { message } from '../../domain/messages.ts';

export interface ProcedureWithChecklist {
  id: string;
  code: string;
  name: string;
  fieldCode: string;
  fieldName: string;
  durationUnit: DurationUnit;
  durationAmount: number;
  feeAmount: number;
  feeNote: string;
  decidingUnitId: string;
  decidingUnitName: string;
  supplementClock: SupplementClock;
  onlineLevel: 'full' | 'partial' | 'none';
  documents: { id: string; position: number; name: string; required: boolean; defaultForm: DocumentForm; defaultCount: number }[];
}

/** Procedures in force on `day` (YYYY-MM-DD): the latest version of each code whose dates cover it. */
export async function listProcedures(db: Queryable, day: string): Promise<ProcedureWithChecklist[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT DISTINCT ON (p.code) p.id, p.code, p.name, f.code AS field_code, f.name AS field_name, p.duration_unit,
       p.duration_amount, p.fee_amount, p.fee_note, p.deciding_unit_id, u.name AS deciding_unit_name,
       p.supplement_clock, p.online_level
     FROM procedures p JOIN fields f ON f.id = p.field_id JOIN units u ON u.id = p.deciding_unit_id
     WHERE p.active AND p.effective_from <= $1 AND (p.effective_to IS NULL OR p.effective_to >= $1)
     ORDER BY p.code, p.effective_from DESC`,
    [day],
  );
  const documents = await db.query<{ id: string; procedure_id: string; position: number; name: string; required: boolean; default_form: DocumentForm; default_count: number }>(
    'SELECT id, procedure_id, position, name, required, default_form, default_count FROM procedure_documents ORDER BY procedure_id, position',
  );
  return rows
    .map((row) => ({
      id: row.id as string,
      code: row.code as string,
      name: row.name as string,
      fieldCode: row.field_code as string,
      fieldName: row.field_name as string,
      durationUnit: row.duration_unit as DurationUnit,
      durationAmount: row.duration_amount as number,
      feeAmount: row.fee_amount as number,
      feeNote: row.fee_note as string,
      decidingUnitId: row.deciding_unit_id as string,
      decidingUnitName: row.deciding_unit_name as string,
      supplementClock: row.supplement_clock as SupplementClock,
      onlineLevel: row.online_level as ProcedureWithChecklist['onlineLevel'],
      documents: documents
        .filter((d) => d.procedure_id === row.id)
        .map((d) => ({ id: d.id, position: d.position, name: d.name, required: d.required, defaultForm: d.default_form, defaultCount: d.default_count })),
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
