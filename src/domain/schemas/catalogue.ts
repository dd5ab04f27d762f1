import { z } from 'zod';
import { documentForms, durationUnits } from '../channels.ts';
import { Instant, Uuid } from './common.ts';

export const ProcedureSchema = z.object({
  id: Uuid,
  code: z.string(),
  name: z.string(),
  fieldCode: z.string(),
  fieldName: z.string(),
  durationUnit: z.enum(durationUnits),
  durationAmount: z.number().int(),
  feeAmount: z.number().int(),
  feeNote: z.string(),
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
    amount: z.coerce.number().int().min(0, 'Thời hạn không được âm').max(1000, 'Thời hạn quá lớn').optional(),
  })
  .superRefine((value, ctx) => {
    if (value.procedure && value.unit) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'Chỉ truyền mã thủ tục hoặc đơn vị thời hạn, không truyền cả hai' });
    } else if (!value.procedure && !value.unit) {
      ctx.addIssue({ code: 'custom', path: ['procedure'], message: 'Cần mã thủ tục, hoặc đơn vị thời hạn và số lượng' });
    } else if (value.unit && value.unit !== 'same_day' && value.amount === undefined) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'Cần số lượng của thời hạn' });
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
  registerBook: z.string(),
}).meta({ id: 'CentreSettings' });
export type CentreSettings = z.infer<typeof CentreSettings>;
