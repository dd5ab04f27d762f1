import { z } from './zod-locale.ts';
import { returnMethods, documentForms, durationUnits } from '../channels.ts';
import { dossierActions } from '../dossier-lifecycle.ts';
import { roles } from '../roles.ts';
import { HolderRef, Instant, Uuid } from './common.ts';
import { ChannelSchema, DossierStatusSchema } from './dossier-query.ts';
import { dueStates } from '../working-time.ts';
import { DossierFee, FeePayment } from './fees.ts';
import { DossierRating } from './ratings.ts';
import { documentDigitisations } from '../digitisation.ts';
import { genders } from '../gender.ts';

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
  /** Exact up to 10,000 (1,000 for a name search); `totalCapped` says there are more than `total`. */
  total: z.number().int(),
  totalCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
}).meta({ id: 'DossierList' });
export type DossierListResponse = z.infer<typeof DossierListResponse>;

/** An earlier dossier's digitised document that a checklist item reuses, with its files. */
export const ReusedDocumentRef = z.object({
  documentId: Uuid,
  dossierId: Uuid,
  dossierCode: z.string(),
  name: z.string(),
  files: z.array(z.object({ id: Uuid, fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int() })),
}).meta({ id: 'ReusedDocumentRef' });
export type ReusedDocumentRef = z.infer<typeof ReusedDocumentRef>;

export const DossierDocument = z.object({
  id: Uuid,
  position: z.number().int(),
  name: z.string(),
  received: z.boolean(),
  form: z.enum(documentForms),
  count: z.number().int(),
  /** Scanned (own files), reused (an earlier dossier's digitised document) or none (src/domain/digitisation.ts). */
  digitisation: z.enum(documentDigitisations),
  reusedFrom: ReusedDocumentRef.nullable(),
  /** The item's own version: marking it reused sends the one the user saw (a stale one gets 409). */
  version: z.number().int(),
}).meta({ id: 'DossierDocument' });
export type DossierDocument = z.infer<typeof DossierDocument>;

/** Decision 766 digitisation of the whole dossier (src/domain/digitisation.ts). */
export const DossierDigitisationSchema = z.object({
  digitised: z.boolean(),
  documentsReceived: z.number().int(),
  documentsDigitised: z.number().int(),
  /** null until the result is decided. */
  resultDigitised: z.boolean().nullable(),
}).meta({ id: 'DossierDigitisation' });

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
    /** yyyy-mm-dd */
    dateOfBirth: z.string().nullable(),
    gender: z.enum(genders).nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string(),
  }),
  submitter: z
    .object({
      name: z.string(),
      idNumber: z.string().nullable(),
      dateOfBirth: z.string().nullable(),
      gender: z.enum(genders).nullable(),
      phone: z.string().nullable(),
      address: z.string().nullable(),
    })
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
  digitisation: DossierDigitisationSchema,
  events: z.array(DossierEvent),
  attachments: z.array(DossierAttachment),
  notifications: z.array(DossierNotification),
  /** What the user who asked may do with the dossier now (the API checks again on every action). */
  availableActions: z.array(z.enum(dossierActions)),
}).meta({ id: 'DossierDetail' });
export type DossierDetail = z.infer<typeof DossierDetail>;
