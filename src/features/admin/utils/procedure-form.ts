import { z } from 'zod';
import { ProcedureCode, ProcedureInput, type ProcedureVersion } from '../../../domain/schemas/admin-catalogue.ts';
import { LocalDate } from '../../../domain/schemas/common.ts';
import type { LegShares } from '../../../domain/control-slip.ts';
import { optional } from '../../../domain/citizen.ts';

/**
 * The procedure form: the API's own schema (so the form accepts exactly what the server
 * does), with the code for a new procedure and the effective date as optional fields.
 */
export const ProcedureFormSchema = ProcedureInput.and(
  z.object({
    code: ProcedureCode,
    // Empty in the form means "not given" (today for a new procedure, no new version for an edit).
    effectiveFrom: optional(LocalDate),
  }),
);
export type ProcedureFormValues = z.input<typeof ProcedureFormSchema>;
export type ProcedureFormOutput = z.output<typeof ProcedureFormSchema>;

/** A new procedure's starting values: one checklist line to fill, the default shares. */
export function newProcedureValues(legShares: LegShares): ProcedureFormValues {
  return {
    code: '',
    name: '',
    fieldId: '',
    durationUnit: 'working_days',
    durationAmount: 1,
    feeLines: [],
    feeDue: 'at_receipt',
    decidingUnitId: '',
    supplementClock: 'pause',
    onlineLevel: 'partial',
    documents: [{ name: '', required: true, defaultForm: 'original', defaultCount: 1 }],
    legShares,
    active: true,
    effectiveFrom: '',
  };
}

/** The form filled with a version (the latest, for an edit). */
export function versionValues(code: string, active: boolean, version: ProcedureVersion): ProcedureFormValues {
  return {
    code,
    name: version.name,
    fieldId: version.fieldId,
    durationUnit: version.durationUnit,
    durationAmount: version.durationAmount,
    feeLines: version.feeLines.map((line) => ({ ...line })),
    feeDue: version.feeDue,
    decidingUnitId: version.decidingUnitId,
    supplementClock: version.supplementClock,
    onlineLevel: version.onlineLevel,
    documents: version.documents.map(({ name, required, defaultForm, defaultCount }) => ({ name, required, defaultForm, defaultCount })),
    legShares: { ...version.legShares },
    active,
    effectiveFrom: '',
  };
}
