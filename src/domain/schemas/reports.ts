import { z } from 'zod';
import { DossierStatusSchema, LocalDate } from './dossier-query.ts';
import { messageCode } from '../messages.ts';

export const PeriodQuery = z
  .object({ from: LocalDate, to: LocalDate })
  .refine((p) => p.from <= p.to, { path: ['to'], message: messageCode('period_end_before_start') });

const Load = z.object({ open: z.number().int(), dueSoon: z.number().int(), late: z.number().int() });

export const Overview = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  byStatus: z.array(z.object({ status: DossierStatusSchema, count: z.number().int() })),
  byDepartment: z.array(Load.extend({ unitId: z.uuid(), name: z.string() })),
  byHandler: z.array(Load.extend({ userId: z.uuid(), name: z.string(), unitName: z.string() })),
  indicators: z.object({
    decided: z.number().int(),
    decidedOnTime: z.number().int(),
    decidedLate: z.number().int(),
    /** 0–1; null when nothing was decided in the period. */
    onTimeRate: z.number().nullable(),
    /** Received in the period (the clock started): refused online submissions never were. */
    received: z.number().int(),
    receivedOnline: z.number().int(),
    onlineShare: z.number().nullable(),
    /** Online submissions that arrived in the period and that the desk refused (từ chối tiếp nhận trực tuyến). */
    refusedOnline: z.number().int(),
    digitised: z.number().int(),
    digitisationShare: z.number().nullable(),
  }),
  processingTime: z.array(
    z.object({
      procedureId: z.uuid(),
      code: z.string(),
      name: z.string(),
      decided: z.number().int(),
      /** Average working days from receipt to decision, supplement waiting excluded. */
      averageWorkingDays: z.number(),
    }),
  ),
  weekly: z.array(z.object({ weekStart: z.string(), received: z.number().int(), decided: z.number().int() })),
  /**
   * Decision 766 satisfaction over the dossiers decided in the period (src/domain/satisfaction.ts):
   * 100% less the late share and the share rated dissatisfied. Ratings come after the result
   * is returned, so a period's figure may still grow for a while.
   */
  satisfaction: z.object({
    decided: z.number().int(),
    late: z.number().int(),
    rated: z.number().int(),
    dissatisfied: z.number().int(),
    /** 0–1; null when nothing was decided. */
    index: z.number().nullable(),
    /** Mean level 1–5 of the ratings; null without ratings. */
    average: z.number().nullable(),
    /** How many ratings of each level, 1 to 5. */
    levels: z.array(z.object({ level: z.number().int(), count: z.number().int() })),
    /** Per officer: desk officers by the dossiers they handed over, handlers by the dossiers they processed. */
    byOfficer: z.array(
      z.object({
        userId: z.uuid(),
        name: z.string(),
        role: z.enum(['desk_officer', 'handler']),
        rated: z.number().int(),
        average: z.number().nullable(),
        dissatisfied: z.number().int(),
      }),
    ),
    /** The newest comments of those ratings (at most 20). */
    comments: z.array(z.object({ dossierId: z.uuid(), code: z.string(), level: z.number().int(), comment: z.string(), ratedAt: z.string() })),
  }),
  /** Decision 766 online payment: of the dossiers paid in full in the period, those paid online. */
  onlinePayment: z.object({
    paid: z.number().int(),
    paidOnline: z.number().int(),
    /** 0–1; null when no fee was paid. */
    share: z.number().nullable(),
  }),
}).meta({ id: 'Overview' });
export type Overview = z.infer<typeof Overview>;

export const RegisterRow = z.object({
  number: z.number().int(),
  id: z.uuid(),
  code: z.string(),
  procedureName: z.string(),
  applicantName: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
  decidingUnitName: z.string(),
  receivedAt: z.string(),
  appointmentAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnMethod: z.enum(['desk', 'post', 'online']),
  returnedTo: z.string().nullable(),
}).meta({ id: 'RegisterRow' });
export type RegisterRow = z.infer<typeof RegisterRow>;

export const RegisterQuery = z
  .object({
    from: LocalDate,
    to: LocalDate,
    procedureId: z.uuid().optional(),
    departmentId: z.uuid().optional(),
    channel: z.enum(['walk_in', 'online', 'postal']).optional(),
  })
  .refine((p) => p.from <= p.to, { path: ['to'], message: messageCode('period_end_before_start') });
