import type { z } from 'zod';
import type { Db, Queryable } from '../../db/db.ts';
import type { DurationUnit, SupplementClock } from '../../../domain/channels.ts';
import type { LegShares } from '../../../domain/control-slip.ts';
import { feeSummaryNote, feeTotal, type FeeDue, type FeeLine } from '../../../domain/fees.ts';
import { message } from '../../../domain/messages.ts';
import { changedRules, earliestEffectiveFrom, versionStates, type OnlineLevel, type ProcedureRules } from '../../../domain/procedures.ts';
import type { CurrentUser } from '../../../domain/schemas/auth.ts';
import type {
  AdminProcedureDetail,
  AdminProcedureQuery,
  AdminProcedureRow,
  ProcedureCreate,
  ProcedureInput,
  ProcedureSaveResult,
  ProcedureUpdate,
  ProcedureVersion,
} from '../../../domain/schemas/admin-catalogue.ts';
import { foldText } from '../../../domain/text.ts';
import { formatLocalDate } from '../../../domain/vietnam-time.ts';
import { fieldError, notFound } from '../../http/errors.ts';
import { appendAudit } from '../audit.ts';
import { loadWorkingCalendar } from '../calendar-service.ts';
import { loadChecklists } from '../procedures.ts';
import { requireAdmin, staleRecord } from './access.ts';

interface VersionRow {
  id: string;
  code: string;
  revision: number;
  version: number;
  effective_from: string;
  name: string;
  field_id: string;
  field_name: string;
  duration_unit: DurationUnit;
  duration_amount: number;
  fee_lines: FeeLine[];
  fee_due: FeeDue;
  deciding_unit_id: string;
  deciding_unit_name: string;
  supplement_clock: SupplementClock;
  online_level: OnlineLevel;
  leg_shares: LegShares;
  active: boolean;
  created_at: Date;
  dossier_count: number;
}

const versionColumns = `p.id, p.code, p.revision, p.version, p.effective_from, p.name, p.field_id, f.name AS field_name,
  p.duration_unit, p.duration_amount, p.fee_lines, p.fee_due, p.deciding_unit_id, u.name AS deciding_unit_name, p.supplement_clock,
  p.online_level, p.leg_shares, p.active, p.created_at`;
const versionJoins = 'FROM procedures p JOIN fields f ON f.id = p.field_id JOIN units u ON u.id = p.deciding_unit_id';
/** Dossiers and desk slips made under a version: once there is one, its rules are history. */
const usedCountSql = `(SELECT count(*) FROM dossiers d WHERE d.procedure_id = p.id)::int + (SELECT count(*) FROM intake_slips s WHERE s.procedure_id = p.id)::int`;

async function versionRows(db: Queryable, code: string): Promise<VersionRow[]> {
  return db.query<VersionRow>(`SELECT ${versionColumns}, ${usedCountSql} AS dossier_count ${versionJoins} WHERE p.code = $1 ORDER BY p.revision`, [code]);
}

function rulesOf(row: Pick<VersionRow, 'duration_unit' | 'duration_amount' | 'fee_lines' | 'fee_due' | 'supplement_clock' | 'leg_shares'>, documents: ProcedureRules['documents']): ProcedureRules {
  return {
    duration: { unit: row.duration_unit, amount: row.duration_amount },
    feeLines: row.fee_lines,
    feeDue: row.fee_due,
    supplementClock: row.supplement_clock,
    documents,
    legShares: row.leg_shares,
  };
}

function inputRules(input: ProcedureInput): ProcedureRules {
  return {
    duration: { unit: input.durationUnit, amount: input.durationUnit === 'same_day' ? 0 : input.durationAmount },
    feeLines: input.feeLines,
    feeDue: input.feeDue,
    supplementClock: input.supplementClock,
    documents: input.documents,
    legShares: input.legShares,
  };
}

async function toDetail(db: Queryable, code: string, today: string): Promise<AdminProcedureDetail> {
  const rows = await versionRows(db, code);
  if (rows.length === 0) throw notFound(message('procedure_not_found'));
  const checklists = await loadChecklists(
    db,
    rows.map((r) => r.id),
  );
  const states = versionStates(
    rows.map((r) => ({ effectiveFrom: r.effective_from })),
    today,
  );
  const versions: ProcedureVersion[] = rows.map((row, index) => {
    const next = rows[index + 1];
    return {
      id: row.id,
      revision: row.revision,
      version: row.version,
      effectiveFrom: row.effective_from,
      effectiveUntil: next ? dayBefore(next.effective_from) : null,
      state: states[index]!,
      name: row.name,
      fieldId: row.field_id,
      fieldName: row.field_name,
      durationUnit: row.duration_unit,
      durationAmount: row.duration_amount,
      feeLines: row.fee_lines,
      feeDue: row.fee_due,
      decidingUnitId: row.deciding_unit_id,
      decidingUnitName: row.deciding_unit_name,
      supplementClock: row.supplement_clock,
      onlineLevel: row.online_level,
      documents: (checklists.get(row.id) ?? []).map((d) => ({ id: d.id, position: d.position, name: d.name, required: d.required, defaultForm: d.defaultForm, defaultCount: d.defaultCount })),
      legShares: row.leg_shares,
      dossierCount: row.dossier_count,
      createdAt: row.created_at.toISOString(),
    };
  });
  return { code, active: rows.at(-1)!.active, versions };
}

function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** What the audit log keeps of a version: its rules and names, readable without joins. */
function auditSnapshot(version: ProcedureVersion | undefined, active: boolean) {
  if (!version) return undefined;
  return {
    revision: version.revision,
    effectiveFrom: version.effectiveFrom,
    name: version.name,
    field: version.fieldName,
    decidingUnit: version.decidingUnitName,
    duration: { unit: version.durationUnit, amount: version.durationAmount },
    feeLines: version.feeLines,
    feeDue: version.feeDue,
    supplementClock: version.supplementClock,
    onlineLevel: version.onlineLevel,
    documents: version.documents.map((d) => ({ name: d.name, required: d.required, defaultForm: d.defaultForm, defaultCount: d.defaultCount })),
    legShares: version.legShares,
    active,
  };
}

export async function getAdminProcedure(db: Queryable, user: CurrentUser, code: string, now: Date): Promise<AdminProcedureDetail> {
  requireAdmin(user);
  const calendar = await loadWorkingCalendar(db);
  return toDetail(db, code, calendar.localDate(now));
}

/** The catalogue for the administrator: each procedure by the version in force (or its first), filtered. */
export async function listAdminProcedures(db: Queryable, user: CurrentUser, query: z.output<typeof AdminProcedureQuery>, now: Date): Promise<AdminProcedureRow[]> {
  requireAdmin(user);
  const today = (await loadWorkingCalendar(db)).localDate(now);
  const rows = await db.query<VersionRow>(`SELECT ${versionColumns}, 0 AS dossier_count ${versionJoins} ORDER BY p.code, p.revision`);
  const byCode = new Map<string, VersionRow[]>();
  for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  const needle = query.q ? foldText(query.q) : '';
  const result: AdminProcedureRow[] = [];
  for (const [code, versions] of byCode) {
    const states = versionStates(versions.map((v) => ({ effectiveFrom: v.effective_from })), today);
    const shown = versions[states.indexOf('current')] ?? versions[0]!;
    const upcoming = versions.find((_, index) => states[index] === 'upcoming');
    const row: AdminProcedureRow = {
      code,
      name: shown.name,
      fieldId: shown.field_id,
      fieldName: shown.field_name,
      decidingUnitId: shown.deciding_unit_id,
      decidingUnitName: shown.deciding_unit_name,
      durationUnit: shown.duration_unit,
      durationAmount: shown.duration_amount,
      feeTotal: feeTotal(shown.fee_lines),
      supplementClock: shown.supplement_clock,
      onlineLevel: shown.online_level,
      active: versions.at(-1)!.active,
      effectiveFrom: shown.effective_from,
      versionCount: versions.length,
      upcomingFrom: upcoming?.effective_from ?? null,
    };
    if (needle && !foldText(`${row.code} ${row.name}`).includes(needle)) continue;
    if (query.fieldId && row.fieldId !== query.fieldId) continue;
    if (query.decidingUnitId && row.decidingUnitId !== query.decidingUnitId) continue;
    if (query.active !== undefined && row.active !== query.active) continue;
    result.push(row);
  }
  return result.sort((a, b) => a.fieldName.localeCompare(b.fieldName, 'vi') || a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code));
}

/** The field and deciding unit must exist and be in use (checked inside the transaction). */
async function checkReferences(tx: Queryable, input: Pick<ProcedureInput, 'fieldId' | 'decidingUnitId'>) {
  const [field] = await tx.query('SELECT 1 FROM fields WHERE id = $1 AND active', [input.fieldId]);
  if (!field) throw fieldError('fieldId', message('field_invalid'));
  const [unit] = await tx.query('SELECT 1 FROM units WHERE id = $1 AND active', [input.decidingUnitId]);
  if (!unit) throw fieldError('decidingUnitId', message('deciding_unit_invalid'));
}

/** Writes a version and its checklist. */
async function insertVersion(tx: Queryable, code: string, revision: number, input: ProcedureInput, effectiveFrom: string, now: Date): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO procedures (code, revision, name, field_id, duration_unit, duration_amount, fee_amount, fee_note, fee_lines,
       deciding_unit_id, supplement_clock, online_level, leg_shares, effective_from, active, created_at, fee_due)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
    [
      code,
      revision,
      input.name,
      input.fieldId,
      input.durationUnit,
      input.durationUnit === 'same_day' ? 0 : input.durationAmount,
      feeTotal(input.feeLines),
      feeSummaryNote(input.feeLines),
      JSON.stringify(input.feeLines),
      input.decidingUnitId,
      input.supplementClock,
      input.onlineLevel,
      JSON.stringify(input.legShares),
      effectiveFrom,
      input.active,
      now,
      input.feeDue,
    ],
  );
  await insertChecklistItems(tx, row!.id, input.documents);
  return row!.id;
}

async function insertChecklistItems(tx: Queryable, versionId: string, documents: ProcedureInput['documents']) {
  for (const [index, document] of documents.entries()) {
    await tx.query(
      `INSERT INTO procedure_documents (procedure_id, position, name, required, default_form, default_count)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [versionId, index + 1, document.name, document.required, document.defaultForm, document.defaultCount],
    );
  }
}

/** Corrects a version nothing was received under yet: every column, the checklist rewritten. */
async function rewriteVersion(tx: Queryable, id: string, input: ProcedureInput, effectiveFrom: string) {
  await tx.query(
    `UPDATE procedures SET name = $2, field_id = $3, duration_unit = $4, duration_amount = $5, fee_amount = $6, fee_note = $7,
       fee_lines = $8, deciding_unit_id = $9, supplement_clock = $10, online_level = $11, leg_shares = $12, effective_from = $13,
       fee_due = $14, version = version + 1
     WHERE id = $1`,
    [
      id,
      input.name,
      input.fieldId,
      input.durationUnit,
      input.durationUnit === 'same_day' ? 0 : input.durationAmount,
      feeTotal(input.feeLines),
      feeSummaryNote(input.feeLines),
      JSON.stringify(input.feeLines),
      input.decidingUnitId,
      input.supplementClock,
      input.onlineLevel,
      JSON.stringify(input.legShares),
      effectiveFrom,
      input.feeDue,
    ],
  );
  await tx.query('DELETE FROM procedure_documents WHERE procedure_id = $1', [id]);
  await insertChecklistItems(tx, id, input.documents);
}

export interface ProcedureChangeContext {
  tx: Queryable;
  actor: CurrentUser;
  now: Date;
  today: string;
}

/** Creates a procedure (version 1) inside the caller's transaction. A first version may take effect on a past date. */
export async function createProcedureIn(context: ProcedureChangeContext, input: z.output<typeof ProcedureCreate>, audit = true): Promise<void> {
  const { tx, actor, now, today } = context;
  await checkReferences(tx, input);
  const [taken] = await tx.query('SELECT 1 FROM procedures WHERE code = $1 LIMIT 1', [input.code]);
  if (taken) throw fieldError('code', message('procedure_code_taken', { code: input.code }));
  await insertVersion(tx, input.code, 1, input, input.effectiveFrom ?? today, now);
  if (audit) {
    const detail = await toDetail(tx, input.code, today);
    await appendAudit(tx, {
      at: now,
      actor,
      action: 'procedure.create',
      entity: 'procedure',
      entityId: input.code,
      entityLabel: `${input.code} ${input.name}`,
      after: auditSnapshot(detail.versions[0], detail.active),
    });
  }
}

/**
 * Applies an edit to the latest version inside the caller's transaction:
 * - nothing changed: nothing written;
 * - the latest version has no dossiers yet, or only names, field, unit, online level or
 *   "active" change: it is corrected in place;
 * - a rule changes (duration, fees or when they are due, supplement clock, checklist, leg shares) on a version
 *   dossiers were received under: a new version takes effect from `effectiveFrom` (today
 *   or later, not before the latest), and those dossiers keep theirs.
 */
export async function updateProcedureIn(
  context: ProcedureChangeContext,
  code: string,
  input: ProcedureInput & { effectiveFrom?: string | undefined; version?: number | undefined },
  audit = true,
): Promise<ProcedureSaveResult['outcome']> {
  const { tx, actor, now, today } = context;
  const [latest] = await tx.query<VersionRow>(
    `SELECT p.*, ${usedCountSql} AS dossier_count FROM procedures p WHERE p.code = $1 ORDER BY p.revision DESC LIMIT 1 FOR UPDATE OF p`,
    [code],
  );
  if (!latest) throw notFound(message('procedure_not_found'));
  if (input.version !== undefined && latest.version !== input.version) throw staleRecord();
  await checkReferences(tx, input);
  const before = await toDetail(tx, code, today);
  const latestVersion = before.versions.at(-1)!;
  const changes = changedRules(rulesOf(latest, latestVersion.documents), inputRules(input));
  const previous = before.versions.at(-2);
  const descriptiveChanged =
    latest.name !== input.name ||
    latest.field_id !== input.fieldId ||
    latest.deciding_unit_id !== input.decidingUnitId ||
    latest.online_level !== input.onlineLevel ||
    latest.active !== input.active;
  const used = latest.dossier_count > 0;
  const moveDate = !used && input.effectiveFrom !== undefined && input.effectiveFrom !== latest.effective_from;
  if (changes.length === 0 && !descriptiveChanged && !moveDate) return 'unchanged';

  let outcome: ProcedureSaveResult['outcome'];
  if (changes.length > 0 && used) {
    const earliest = earliestEffectiveFrom(today, latest.effective_from);
    if (!input.effectiveFrom) throw fieldError('effectiveFrom', message('effective_from_required', { earliest: formatLocalDate(earliest) }));
    if (input.effectiveFrom < earliest) throw fieldError('effectiveFrom', message('effective_from_past', { earliest: formatLocalDate(earliest) }));
    await insertVersion(tx, code, latest.revision + 1, input, input.effectiveFrom, now);
    outcome = 'new_version';
  } else {
    let effectiveFrom = latest.effective_from;
    if (moveDate && input.effectiveFrom) {
      // A later version of a procedure with history starts today at the earliest; a first one may be dated back.
      const earliest = previous ? earliestEffectiveFrom(today, previous.effectiveFrom) : input.effectiveFrom;
      if (input.effectiveFrom < earliest) throw fieldError('effectiveFrom', message('effective_from_past', { earliest: formatLocalDate(earliest) }));
      effectiveFrom = input.effectiveFrom;
    }
    if (changes.length > 0 || moveDate) {
      await rewriteVersion(tx, latest.id, input, effectiveFrom);
    } else {
      await tx.query(
        'UPDATE procedures SET name = $2, field_id = $3, deciding_unit_id = $4, online_level = $5, version = version + 1 WHERE id = $1',
        [latest.id, input.name, input.fieldId, input.decidingUnitId, input.onlineLevel],
      );
    }
    outcome = 'updated';
  }
  // Offered for new receipts or not: the procedure as a whole, every version.
  if (latest.active !== input.active) await tx.query('UPDATE procedures SET active = $2 WHERE code = $1', [code, input.active]);
  if (audit) {
    const after = await toDetail(tx, code, today);
    await appendAudit(tx, {
      at: now,
      actor,
      action: outcome === 'new_version' ? 'procedure.new_version' : 'procedure.update',
      entity: 'procedure',
      entityId: code,
      entityLabel: `${code} ${input.name}`,
      before: auditSnapshot(latestVersion, before.active),
      after: auditSnapshot(after.versions.at(-1), after.active),
      details: outcome === 'new_version' ? { changedRules: changes } : {},
    });
  }
  return outcome;
}

export async function createProcedure(db: Db, actor: CurrentUser, input: z.output<typeof ProcedureCreate>, now: Date): Promise<ProcedureSaveResult> {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const today = (await loadWorkingCalendar(tx)).localDate(now);
    await createProcedureIn({ tx, actor, now, today }, input);
    return { ...(await toDetail(tx, input.code, today)), outcome: 'created' as const };
  });
}

export async function updateProcedure(db: Db, actor: CurrentUser, code: string, input: z.output<typeof ProcedureUpdate>, now: Date): Promise<ProcedureSaveResult> {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const today = (await loadWorkingCalendar(tx)).localDate(now);
    const outcome = await updateProcedureIn({ tx, actor, now, today }, code, input);
    return { ...(await toDetail(tx, code, today)), outcome };
  });
}
