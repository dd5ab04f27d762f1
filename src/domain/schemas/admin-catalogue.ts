import { z } from 'zod';
import { documentForms, durationProblem, durationUnits } from '../channels.ts';
import { messageCode } from '../messages.ts';
import { defaultFeeDue, feeDueRules, feeKinds } from '../fees.ts';
import { LegSharesSchema } from './settings.ts';
import { LocalDate, optionalText, requiredText, RowVersion, RowVersionParam, Uuid } from './common.ts';
import { onlineLevels } from '../procedures.ts';

// The procedure catalogue, fields and units as an administrator edits them.

/** A national procedure code as the national database writes it: 1.001193, 2.000815, BTP-HCM-123. */
export const ProcedureCode = z
  .string({ error: (issue) => (issue.code === 'invalid_type' ? messageCode('national_code_required') : undefined) })
  .trim()
  .min(1, messageCode('national_code_required'))
  .max(40)
  .regex(/^[0-9A-Za-z][0-9A-Za-z.\-_]*$/, messageCode('procedure_code_invalid'));

export const FeeLineInput = z.object({
  kind: z.enum(feeKinds),
  amount: z.number().int().min(0, messageCode('fee_negative')).max(100_000_000),
  note: optionalText(300),
});
export type FeeLineInput = z.infer<typeof FeeLineInput>;

export const ChecklistItemInput = z.object({
  name: requiredText('document_name_required', 300),
  required: z.boolean(),
  defaultForm: z.enum(documentForms),
  defaultCount: z.number().int().min(1, messageCode('copies_too_few')).max(20, messageCode('copies_too_many')),
});
export type ChecklistItemInput = z.infer<typeof ChecklistItemInput>;

/** What a procedure version holds. The rules (`procedureRuleKeys`) are what a dossier keeps from the version it was received under. */
export const ProcedureInput = z
  .object({
    name: requiredText('procedure_name_required', 500),
    fieldId: z.uuid(messageCode('field_required')),
    durationUnit: z.enum(durationUnits),
    /** Fractional for working days and hours (0.5 working days = 4 working hours); ignored for same day. */
    durationAmount: z.number().min(0).max(1000),
    feeLines: z.array(FeeLineInput).max(10),
    /** When the fees are due: at receipt (default), or before the result is returned (the return is refused while unpaid). */
    feeDue: z.enum(feeDueRules).default(defaultFeeDue),
    decidingUnitId: z.uuid(messageCode('deciding_unit_required')),
    supplementClock: z.enum(['pause', 'restart']),
    onlineLevel: z.enum(onlineLevels),
    documents: z.array(ChecklistItemInput).min(1, messageCode('checklist_required')).max(50),
    legShares: LegSharesSchema,
    active: z.boolean(),
  })
  .superRefine((value, ctx) => {
    if (value.durationUnit !== 'same_day' && durationProblem({ unit: value.durationUnit, amount: value.durationAmount })) {
      ctx.addIssue({ code: 'custom', path: ['durationAmount'], message: messageCode('duration_amount_not_allowed') });
    }
  });
export type ProcedureInput = z.infer<typeof ProcedureInput>;

/** POST /api/admin/procedures. */
export const ProcedureCreate = ProcedureInput.and(
  z.object({
    code: ProcedureCode,
    /** Today when left out. */
    effectiveFrom: LocalDate.optional(),
  }),
);
export type ProcedureCreate = z.input<typeof ProcedureCreate>;

/**
 * PUT /api/admin/procedures/{code}: the latest version as edited, and its version. A rule
 * change on a version dossiers were received under makes a new version from `effectiveFrom`.
 */
export const ProcedureUpdate = ProcedureInput.and(
  z.object({
    effectiveFrom: LocalDate.optional(),
    version: RowVersion,
  }),
);
export type ProcedureUpdate = z.input<typeof ProcedureUpdate>;

export const FeeLine = FeeLineInput;
export const ChecklistItem = ChecklistItemInput.extend({ id: Uuid, position: z.number().int() });

export const versionStates = ['past', 'current', 'upcoming'] as const;

export const ProcedureVersion = z.object({
  id: Uuid,
  revision: z.number().int(),
  /** Row version for optimistic concurrency. */
  version: z.number().int(),
  effectiveFrom: LocalDate,
  /** The day before the next version takes effect; null for the latest. */
  effectiveUntil: LocalDate.nullable(),
  state: z.enum(versionStates),
  name: z.string(),
  fieldId: Uuid,
  fieldName: z.string(),
  durationUnit: z.enum(durationUnits),
  durationAmount: z.number(),
  feeLines: z.array(FeeLine),
  feeDue: z.enum(feeDueRules),
  decidingUnitId: Uuid,
  decidingUnitName: z.string(),
  supplementClock: z.enum(['pause', 'restart']),
  onlineLevel: z.enum(onlineLevels),
  documents: z.array(ChecklistItem),
  legShares: LegSharesSchema,
  /** Dossiers (and desk slips) received under this version: once there is one, a rule change makes a new version. */
  dossierCount: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type ProcedureVersion = z.infer<typeof ProcedureVersion>;

export const AdminProcedureDetail = z.object({
  code: z.string(),
  active: z.boolean(),
  versions: z.array(ProcedureVersion),
});
export type AdminProcedureDetail = z.infer<typeof AdminProcedureDetail>;

export const ProcedureSaveResult = AdminProcedureDetail.extend({
  /** updated: the latest version was changed in place; new_version: a version was added. */
  outcome: z.enum(['created', 'updated', 'new_version', 'unchanged']),
});
export type ProcedureSaveResult = z.infer<typeof ProcedureSaveResult>;

export const AdminProcedureRow = z.object({
  code: z.string(),
  name: z.string(),
  fieldId: Uuid,
  fieldName: z.string(),
  decidingUnitId: Uuid,
  decidingUnitName: z.string(),
  durationUnit: z.enum(durationUnits),
  durationAmount: z.number(),
  feeTotal: z.number().int(),
  supplementClock: z.enum(['pause', 'restart']),
  onlineLevel: z.enum(onlineLevels),
  active: z.boolean(),
  /** The version in force today, or the first one when none is yet. */
  effectiveFrom: LocalDate,
  versionCount: z.number().int(),
  /** A version that takes effect later, if there is one. */
  upcomingFrom: LocalDate.nullable(),
});
export type AdminProcedureRow = z.infer<typeof AdminProcedureRow>;

const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

export const AdminProcedureQuery = z.object({
  q: z.string().trim().max(200).optional(),
  fieldId: Uuid.optional(),
  decidingUnitId: Uuid.optional(),
  active: booleanQuery.optional(),
});
export type AdminProcedureQuery = z.input<typeof AdminProcedureQuery>;

// Fields (lĩnh vực)

export const FieldInput = z.object({
  code: z.string().trim().min(1, messageCode('field_code_required')).max(40).regex(/^[0-9A-Za-z.\-_]+$/, messageCode('field_code_invalid')),
  name: requiredText('field_name_required', 200),
  active: z.boolean(),
});
export type FieldInput = z.infer<typeof FieldInput>;
export const FieldUpdate = FieldInput.extend({ version: RowVersion });

export const AdminField = FieldInput.extend({
  id: Uuid,
  version: z.number().int(),
  /** Procedures in force that belong to the field. */
  procedureCount: z.number().int(),
});
export type AdminField = z.infer<typeof AdminField>;

// Units (the centre, its departments, outside authorities)

export const UnitInput = z.object({
  code: z.string().trim().min(1, messageCode('unit_code_required')).max(40).regex(/^[0-9A-Za-z.\-_]+$/, messageCode('unit_code_invalid')),
  name: requiredText('unit_name_required', 200),
  shortName: requiredText('short_name_required', 80),
  /** The centre exists once, made at setup; units added here are departments or outside authorities. */
  kind: z.enum(['centre', 'department', 'external']),
  address: optionalText(300),
  phone: optionalText(40),
  active: z.boolean(),
});
export type UnitInput = z.infer<typeof UnitInput>;
export const UnitUpdate = UnitInput.extend({ version: RowVersion });

export const AdminUnit = UnitInput.extend({
  id: Uuid,
  version: z.number().int(),
  activeUserCount: z.number().int(),
  openDossierCount: z.number().int(),
  /** Something refers to it (dossiers, users, procedures): it can be deactivated, not deleted. */
  inUse: z.boolean(),
});
export type AdminUnit = z.infer<typeof AdminUnit>;

export const DeleteQuery = z.object({ version: RowVersionParam });

// Catalogue import (XLSX): a preview, then all or nothing.

const WireMessage = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional(), message: z.string() });

export const ImportProblemWire = WireMessage.extend({
  sheet: z.enum(['procedures', 'documents', 'fees']),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
});
export type ImportProblemWire = z.infer<typeof ImportProblemWire>;

export const ImportPreviewRow = z.object({
  row: z.number().int(),
  code: z.string(),
  name: z.string(),
  status: z.enum(['new', 'changed', 'unchanged', 'error']),
  /** A changed procedure whose rules change under dossiers: it gets a new version from this date. */
  newVersionFrom: LocalDate.nullable(),
  /** What differs from the catalogue (duration, feeLines, documents…, name, field…). */
  changes: z.array(z.string()),
  problems: z.array(ImportProblemWire),
});
export type ImportPreviewRow = z.infer<typeof ImportPreviewRow>;

export const ImportPreview = z.object({
  fileName: z.string(),
  rows: z.array(ImportPreviewRow),
  /** Problems that belong to no procedure row: a missing sheet or column, a checklist line of an unknown code. */
  problems: z.array(ImportProblemWire),
  counts: z.object({ new: z.number().int(), changed: z.number().int(), unchanged: z.number().int(), error: z.number().int() }),
  newFields: z.array(z.object({ code: z.string(), name: z.string() })),
  /** The catalogue as the preview saw it: the import is refused (409) if it changed since. */
  fingerprint: z.string(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  newVersions: z.number().int(),
  unchanged: z.number().int(),
  newFields: z.number().int(),
});
export type ImportResult = z.infer<typeof ImportResult>;
