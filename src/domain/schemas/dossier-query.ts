import { z } from 'zod';
import { dossierStatuses } from '../dossier-status.ts';
import { channels } from '../channels.ts';
import { queueKeys } from '../queues.ts';
import { Uuid, localDay } from './common.ts';
import { messageCode } from '../messages.ts';
import { ratingFilters } from '../satisfaction.ts';

// The dossier list's query and the enums it shares with the dossier's own schemas: a module
// of its own, so the list (and whatever else needs only these) does not load the dossier's
// detail schemas (history, fees, rating).

export const DossierStatusSchema = z.enum(dossierStatuses).meta({ id: 'DossierStatus' });
/** A calendar date in Vietnam time, as in the URL: 2026-11-23. */
export const LocalDate = localDay();
export const ChannelSchema = z.enum(channels).meta({ id: 'Channel' });

export const dossierSortKeys = ['received_at', 'appointment_at', 'code', 'applicant_name', 'status'] as const;
export const DossierSortKey = z.enum(dossierSortKeys);

/** Query string of GET /api/dossiers. Everything optional; strings because it is a URL. */
export const DossierListQuery = z.object({
  page: z.coerce.number().int().min(1, messageCode('page_too_small')).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, messageCode('page_size_too_big')).default(20),
  /** Without one, the list's default order (`defaultListOrder` in src/domain/queues.ts: work queues by urgency). */
  sort: DossierSortKey.optional(),
  order: z.enum(['asc', 'desc']).optional(),
  status: z
    .union([DossierStatusSchema, z.array(DossierStatusSchema)])
    .optional()
    .transform((value) => (value === undefined ? undefined : Array.isArray(value) ? value : [value])),
  /** One search box: dossier code, applicant or submitter name (accents and case ignored, partial words), ID number or phone. */
  q: z.string().trim().max(100).optional(),
  queue: z.enum(queueKeys).optional(),
  procedureId: Uuid.optional(),
  fieldId: Uuid.optional(),
  /** The deciding department. */
  departmentId: Uuid.optional(),
  /** The assigned handler. */
  handlerId: Uuid.optional(),
  channel: ChannelSchema.optional(),
  /**
   * Received by the desk (the clock started) or not: online submissions awaiting intake and
   * refused ones never were. The overview's "received" figures link here.
   */
  received: z.enum(['true', 'false']).optional(),
  receivedFrom: LocalDate.optional(),
  receivedTo: LocalDate.optional(),
  appointmentFrom: LocalDate.optional(),
  appointmentTo: LocalDate.optional(),
  due: z.enum(['late', 'due_soon']).optional(),
  /** Decided (result approved) within a local date range: the overview's figures link here. */
  decidedFrom: LocalDate.optional(),
  decidedTo: LocalDate.optional(),
  /** Decided late or on time by the Decision 766 rules (see src/domain/indicators.ts). */
  decidedLate: z.enum(['true', 'false']).optional(),
  /** Documents (and, once decided, the result) stored electronically: the digitisation figure. */
  digitised: z.enum(['true', 'false']).optional(),
  /**
   * The fee: `unpaid` (owed, in whole or in part), `paid` (in full), `paid_online` (in full,
   * with an online payment: the Decision 766 online-payment figure), `none` (no fee).
   */
  fee: z.enum(['unpaid', 'paid', 'paid_online', 'none']).optional(),
  /** Paid in full within a local date range: the online-payment figure links here. */
  feePaidFrom: LocalDate.optional(),
  feePaidTo: LocalDate.optional(),
  /** The applicant's rating: a level 1–5, `dissatisfied` (1–2, a complaint for Decision 766), `rated` or `unrated`. */
  rating: z.enum(ratingFilters).optional(),
  /** Returned (handed over) by this desk officer: the satisfaction figure per officer links here. */
  returnedById: Uuid.optional(),
});
export type DossierListQuery = z.infer<typeof DossierListQuery>;
