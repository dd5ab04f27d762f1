import { z } from 'zod';
import { dossierStatuses } from '../dossier-status.ts';
import { channels, returnMethods, documentForms, durationUnits } from '../channels.ts';
import { dossierActions } from '../dossier-lifecycle.ts';
import { roles } from '../roles.ts';
import { queueKeys } from '../queues.ts';
import { HolderRef, Instant, localDay, Uuid } from './common.ts';
import { dueStates } from '../working-time.ts';
import { messageCode } from '../messages.ts';
import { DossierFee, FeePayment } from './fees.ts';
import { DossierRating } from './ratings.ts';
import { ratingFilters } from '../satisfaction.ts';

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

/** `paused`: waiting for the applicant's supplement, the clock is stopped (src/domain/due-state.ts). */
export const DueState = z.enum(dueStates).meta({ id: 'DueState' });

export const DossierListItem = z.object({
  id: Uuid,
  code: z.string(),
  status: DossierStatusSchema,
  nationalStatusCode: z.number().int(),
  channel: ChannelSchema,
  applicantName: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  holder: HolderRef,
  receivedAt: Instant.nullable(),
  submittedAt: Instant.nullable(),
  appointmentAt: Instant.nullable(),
  dueState: DueState,
  version: z.number().int(),
}).meta({ id: 'DossierListItem' });
export type DossierListItem = z.infer<typeof DossierListItem>;

export const DossierListResponse = z.object({
  items: z.array(DossierListItem),
  /** Exact up to 10,000; `totalCapped` says there are more. */
  total: z.number().int(),
  totalCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
}).meta({ id: 'DossierList' });
export type DossierListResponse = z.infer<typeof DossierListResponse>;

export const DossierDocument = z.object({
  id: Uuid,
  position: z.number().int(),
  name: z.string(),
  received: z.boolean(),
  form: z.enum(documentForms),
  count: z.number().int(),
}).meta({ id: 'DossierDocument' });

export const DossierEvent = z.object({
  id: Uuid,
  seq: z.number().int(),
  at: Instant,
  action: z.enum(dossierActions),
  actorName: z.string().nullable(),
  actorRole: z.enum(roles).nullable(),
  fromStatus: DossierStatusSchema.nullable(),
  toStatus: DossierStatusSchema,
  fromHolder: HolderRef.nullable(),
  toHolder: HolderRef.nullable(),
  note: z.string(),
  /** Step-specific data: items and reason of a supplement request, old and new appointment of an apology… */
  details: z.record(z.string(), z.unknown()),
  legDeadlineAt: Instant.nullable(),
  legResult: z.enum(['early', 'on_time', 'late']).nullable(),
}).meta({ id: 'DossierEvent' });
export type DossierEvent = z.infer<typeof DossierEvent>;

export const DossierAttachment = z.object({
  id: Uuid,
  dossierDocumentId: Uuid.nullable(),
  kind: z.enum(['document', 'supplement', 'result']),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: Instant,
  uploadedByName: z.string().nullable(),
}).meta({ id: 'DossierAttachment' });
export type DossierAttachment = z.infer<typeof DossierAttachment>;

export const DossierNotification = z.object({
  id: Uuid,
  channel: z.enum(['sms', 'email', 'zalo']),
  recipient: z.string(),
  template: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  createdAt: Instant,
  sentAt: Instant.nullable(),
}).meta({ id: 'DossierNotification' });
export type DossierNotification = z.infer<typeof DossierNotification>;

export const DossierDetail = DossierListItem.extend({
  procedureId: Uuid,
  fieldName: z.string(),
  duration: z.object({ unit: z.enum(durationUnits), amount: z.number() }),
  decidingUnit: z.object({ id: Uuid, name: z.string() }),
  applicant: z.object({
    name: z.string(),
    idNumber: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string(),
  }),
  submitter: z
    .object({ name: z.string(), idNumber: z.string().nullable(), phone: z.string().nullable() })
    .nullable(),
  originalAppointmentAt: Instant.nullable(),
  supplementCount: z.number().int(),
  supplementDeadlineAt: Instant.nullable(),
  pausedAt: Instant.nullable(),
  feeAmount: z.number().int(),
  fee: DossierFee,
  payments: z.array(FeePayment),
  /** The applicant's rating of the service, once the result is returned. */
  rating: DossierRating.nullable(),
  returnMethod: z.enum(returnMethods),
  result: z
    .object({
      kind: z.enum(['granted', 'denied']),
      number: z.string().nullable(),
      summary: z.string().nullable(),
      decidedAt: Instant.nullable(),
    })
    .nullable(),
  finishedAt: Instant.nullable(),
  returnedAt: Instant.nullable(),
  notes: z.string(),
  setsCount: z.number().int(),
  registerBook: z.string().nullable(),
  registerNumber: z.number().int().nullable(),
  portalSubmissionId: z.string().nullable(),
  documents: z.array(DossierDocument),
  events: z.array(DossierEvent),
  attachments: z.array(DossierAttachment),
  notifications: z.array(DossierNotification),
  /** What the user who asked may do with the dossier now (the API checks again on every action). */
  availableActions: z.array(z.enum(dossierActions)),
}).meta({ id: 'DossierDetail' });
export type DossierDetail = z.infer<typeof DossierDetail>;
