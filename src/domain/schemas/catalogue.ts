import { z } from './zod-locale.ts';
import { documentForms, durationProblem, durationUnits } from '../channels.ts';
import { Instant, Uuid } from './common.ts';
import { feeDueRules, feeKinds } from '../fees.ts';
import { messageCode } from '../messages.ts';

export const ProcedureSchema = z.object({
  id: Uuid,
  code: z.string(),
  name: z.string(),
  fieldCode: z.string(),
  fieldName: z.string(),
  durationUnit: z.enum(durationUnits),
  /** Fractional for working days and hours (0.5 working days = 4 working hours). */
  durationAmount: z.number(),
  /** The sum of the fee lines: what the desk collects by default. */
  feeAmount: z.number().int(),
  feeNote: z.string(),
  feeLines: z.array(z.object({ kind: z.enum(feeKinds), amount: z.number().int(), note: z.string() })),
  /** When the fees are due: at receipt, or before the result is returned. */
  feeDue: z.enum(feeDueRules),
  decidingUnitId: Uuid,
  decidingUnitName: z.string(),
  supplementClock: z.enum(['pause', 'restart']),
  onlineLevel: z.enum(['full', 'partial', 'none']),
  documents: z.array(
    z.object({
      id: Uuid,
      position: z.number().int(),
      name: z.string(),
      required: z.boolean(),
      defaultForm: z.enum(documentForms),
      defaultCount: z.number().int(),
    }),
  ),
}).meta({ id: 'Procedure' });
export type Procedure = z.infer<typeof ProcedureSchema>;

/** A field (lĩnh vực) of the catalogue: procedures are grouped by it, and the dossier list filters by it. */
export const FieldSummary = z.object({ id: Uuid, code: z.string(), name: z.string() }).meta({ id: 'Field' });
export type FieldSummary = z.infer<typeof FieldSummary>;

export const AppointmentQuery = z
  .object({
    receivedAt: Instant.meta({ description: 'ISO 8601 instant with offset, e.g. 2026-11-23T09:00:00+07:00' }),
    procedure: z.string().trim().min(1).optional().meta({ description: 'National procedure code, e.g. 1.001193' }),
    unit: z.enum(durationUnits).optional(),
    amount: z
      .string()
      .trim()
      // Catalogues write a decimal comma ("0,5"); a point works too.
      .regex(/^\d{1,4}([.,]\d{1,2})?$/, messageCode('duration_amount_invalid'))
      .transform((amount) => Number(amount.replace(',', '.')))
      .optional()
      .meta({ description: 'Amount of the duration unit; fractional for working days and hours, e.g. 0.5 or 0,5' }),
  })
  .superRefine((value, ctx) => {
    if (value.unit && value.amount !== undefined && durationProblem({ unit: value.unit, amount: value.amount })) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: messageCode('duration_amount_not_allowed') });
    }
    if (value.procedure && value.unit) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: messageCode('appointment_query_both') });
    } else if (!value.procedure && !value.unit) {
      ctx.addIssue({ code: 'custom', path: ['procedure'], message: messageCode('appointment_query_missing') });
    } else if (value.unit && value.unit !== 'same_day' && value.amount === undefined) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: messageCode('duration_amount_required') });
    }
  });

export const AppointmentResponse = z.object({ appointmentAt: Instant }).meta({ id: 'Appointment' });

export const CentreSettings = z.object({
  province: z.string(),
  peoplesCommittee: z.string(),
  communeName: z.string(),
  place: z.string(),
  unitCode: z.string(),
  centreName: z.string(),
  /** The centre's address and phone, for forms that give them. */
  address: z.string(),
  phone: z.string(),
  /** Where citizens reach this server (the receipt's QR code); empty: as the officer's browser does. */
  publicAddress: z.string(),
  /** Who signs for the people's committee (forms 04 and 05) when the chairperson did not act in person. */
  signerName: z.string(),
  signerTitle: z.string(),
  registerBook: z.string(),
}).meta({ id: 'CentreSettings' });
export type CentreSettings = z.infer<typeof CentreSettings>;
