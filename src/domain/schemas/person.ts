import { z } from 'zod';
import { BirthDate, CitizenId, optional } from '../citizen.ts';
import { genders } from '../gender.ts';
import { Instant, Uuid } from './common.ts';
import { DossierListItem } from './dossier.ts';
import { DossierStatusSchema } from './dossier-query.ts';
import { messageCode } from '../messages.ts';

/** A person as the desk knows them: one ID number (số định danh cá nhân). */
export const PersonParams = z.object({ idNumber: CitizenId });

/** One of the person's dossiers: as applicant (chủ hồ sơ) or as the one who submitted it for someone. */
export const PersonDossier = DossierListItem.extend({
  role: z.enum(['applicant', 'submitter']),
  /** Decision 766 digitisation of that dossier (src/domain/digitisation.ts). */
  digitised: z.boolean(),
}).meta({ id: 'PersonDossier' });
export type PersonDossier = z.infer<typeof PersonDossier>;

/** GET /api/people/{idNumber}: everything the desk holds on one person, open dossiers first. */
export const Person = z.object({
  idNumber: z.string(),
  /** As on the person's latest dossier; null when no dossier carries the number. */
  name: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  gender: z.enum(genders).nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  openCount: z.number().int(),
  dossiers: z.array(PersonDossier),
}).meta({ id: 'Person' });
export type Person = z.infer<typeof Person>;

/** A digitised document of one of the person's dossiers that a later dossier may reuse. */
export const ReusableDocument = z.object({
  documentId: Uuid,
  dossierId: Uuid,
  dossierCode: z.string(),
  procedureName: z.string(),
  name: z.string(),
  receivedAt: Instant.nullable(),
  files: z.array(z.object({ id: Uuid, fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int() })),
}).meta({ id: 'ReusableDocument' });
export type ReusableDocument = z.infer<typeof ReusableDocument>;

export const ReusableDocumentsQuery = z.object({
  /** Leave out this dossier's own documents (reusing from the dossier page). */
  excludeDossierId: Uuid.optional(),
});

/** GET /api/intake/duplicates: who is being received, for which procedure. */
export const DuplicateQuery = z
  .object({
    procedureId: z.uuid(messageCode('procedure_required')),
    idNumber: optional(CitizenId),
    name: optional(z.string().trim().max(120)),
    dateOfBirth: optional(BirthDate),
  })
  .refine((query) => query.idNumber || (query.name && query.dateOfBirth), {
    message: messageCode('duplicate_query_person'),
    path: ['idNumber'],
  });

/** An open dossier of the same applicant and procedure. */
export const DuplicateDossier = z.object({
  id: Uuid,
  code: z.string(),
  status: DossierStatusSchema,
  applicantName: z.string(),
  receivedAt: Instant.nullable(),
  submittedAt: Instant.nullable(),
  appointmentAt: Instant.nullable(),
  /** How it was found to be the same person. */
  matchedBy: z.enum(['id_number', 'name_and_birth_date']),
}).meta({ id: 'DuplicateDossier' });
export type DuplicateDossier = z.infer<typeof DuplicateDossier>;

/** PUT /api/dossiers/{id}/documents/{documentId}/reuse: reuse an earlier digitised document, or stop (null). */
export const ReuseDocumentRequest = z.object({
  version: z.number({ error: messageCode('version_required') }).int().min(1).meta({ description: "The checklist item's version the user saw; a stale one gets 409" }),
  sourceDocumentId: Uuid.nullable(),
});
