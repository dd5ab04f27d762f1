import { z } from 'zod';
import { documentForms, returnMethods } from '../channels.ts';
import { ApplicantInput, SubmitterInput } from './intake.ts';
import { Instant } from './common.ts';
import { messageCode } from '../messages.ts';

export const PortalFile = z.object({
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z.string().min(1, messageCode('file_empty')),
});

export const PortalDocument = z.object({
  /** Position of the item in the procedure's checklist (1-based). */
  position: z.number().int().min(1).max(200),
  form: z.enum(documentForms).default('original'),
  count: z.number().int().min(0).max(99).default(1),
  files: z.array(PortalFile).max(10).default([]),
});

/** POST /api/portal/submissions: a dossier submitted on the national/provincial portal or by post. */
export const PortalSubmission = z.object({
  submissionId: z.string().trim().min(1, messageCode('portal_submission_id_required')).max(100),
  procedureCode: z.string().trim().min(1, messageCode('procedure_code_required')),
  channel: z.enum(['online', 'postal']).default('online'),
  submittedAt: Instant.optional(),
  applicant: ApplicantInput,
  submitter: SubmitterInput.nullish(),
  documents: z.array(PortalDocument).max(50).default([]),
  returnMethod: z.enum(returnMethods).default('online'),
  feeAmount: z.number().int().min(0).max(100_000_000).default(0),
  notes: z.string().trim().max(1000).default(''),
});
export type PortalSubmission = z.input<typeof PortalSubmission>;

/** POST /api/portal/submissions/{submissionId}/documents: the applicant completed the dossier. */
export const PortalCompletion = z.object({
  note: z.string().trim().max(1000).default(''),
  documents: z.array(PortalDocument).min(1, messageCode('portal_documents_required')).max(50),
});

export const PortalSubmissionResponse = z.object({
  dossierId: z.uuid(),
  code: z.string(),
  status: z.string(),
  created: z.boolean(),
}).meta({ id: 'PortalSubmissionResponse' });
