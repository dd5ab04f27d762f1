import { z } from 'zod';
import { BirthDate, CitizenId, Email, MobilePhone, optional } from '../citizen.ts';
import { genders } from '../gender.ts';
import { documentForms, returnMethods } from '../channels.ts';
import { instant, requiredText } from './common.ts';
import { messageCode } from '../messages.ts';

/** Gender as the card states it; an empty choice means "not given". */
const Gender = optional(z.enum(genders));

export const ApplicantInput = z.object({
  name: requiredText('applicant_name_required', 120),
  idNumber: optional(CitizenId),
  /** From the citizen ID card's QR code, or typed; without an ID number it tells namesakes apart. */
  dateOfBirth: optional(BirthDate),
  gender: Gender,
  phone: optional(MobilePhone),
  email: optional(Email),
  address: requiredText('address_required', 300),
});
export type ApplicantInput = z.infer<typeof ApplicantInput>;

export const SubmitterInput = z.object({
  name: requiredText('submitter_name_required', 120),
  idNumber: optional(CitizenId),
  dateOfBirth: optional(BirthDate),
  gender: Gender,
  phone: optional(MobilePhone),
  address: optional(z.string().trim().max(300)),
});

export const ReceivedDocumentInput = z.object({
  procedureDocumentId: z.uuid(),
  received: z.boolean(),
  form: z.enum(documentForms),
  count: z.number().int().min(0, messageCode('copies_negative')).max(99, messageCode('copies_too_many')),
  /**
   * Digitisation by reuse: the same person's digitised document of an earlier dossier
   * stands for this one (see `reuseProblem` in src/domain/digitisation.ts).
   */
  reusedFromDocumentId: z.uuid().optional(),
});

/** POST /api/dossiers: a walk-in or postal dossier received at the desk. */
export const ReceiveDossierRequest = z.object({
  procedureId: z.uuid(messageCode('procedure_required')),
  channel: z.enum(['walk_in', 'postal']),
  applicant: ApplicantInput,
  submitter: SubmitterInput.nullish(),
  documents: z.array(ReceivedDocumentInput).max(50),
  setsCount: z.number().int().min(1, messageCode('sets_too_few')).max(20).default(1),
  feeAmount: z.number().int().min(0, messageCode('fee_negative')).max(100_000_000).default(0),
  returnMethod: z.enum(returnMethods),
  notes: z.string().trim().max(1000).default(''),
  /**
   * Open dossiers of the same applicant and procedure the officer was shown and decided to
   * receive anyway (src/domain/duplicates.ts). Any other open duplicate is a 409: the
   * officer must see it first. The choice is recorded in the history.
   */
  acknowledgedDuplicateIds: z.array(z.uuid()).max(20).default([]),
});
export type ReceiveDossierRequest = z.input<typeof ReceiveDossierRequest>;

export const MissingItem = z.object({
  name: requiredText('document_name_required', 300),
  note: z.string().trim().max(500).default(''),
});

/** Guidance (form 02) or refusal (form 03) given to a walk-in; no dossier is created. */
export const IntakeSlipRequest = z
  .object({
    kind: z.enum(['guidance', 'refusal']),
    procedureId: z.uuid(messageCode('procedure_required')),
    applicant: ApplicantInput.extend({ address: z.string().trim().max(300).default('') }),
    items: z.array(MissingItem).max(30).default([]),
    reason: requiredText('reason_required', 1000),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'guidance' && value.items.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['items'], message: messageCode('missing_items_required') });
    }
  });
export type IntakeSlipRequest = z.input<typeof IntakeSlipRequest>;

export const RequestCompletionInput = z.object({
  items: z.array(MissingItem).min(1, messageCode('missing_items_required')).max(30),
  reason: requiredText('reason_required', 1000),
});

export const RefuseInput = z.object({ reason: requiredText('refusal_reason_required', 1000) });

const optionalNote = z.string().trim().max(1000).default('');

export const HandOverInput = z.object({
  unitId: z.uuid(messageCode('department_required')).optional().meta({ description: "Deciding department; defaults to the procedure's" }),
  note: optionalNote,
});
export const AssignInput = z.object({ handlerId: z.uuid(messageCode('handler_required')), note: optionalNote });
export const RequestSupplementInput = z.object({
  items: z.array(MissingItem).min(1, messageCode('missing_items_required')).max(30),
  reason: requiredText('reason_required', 1000),
  deadlineWorkingDays: z.number().int().min(1, messageCode('supplement_days_too_few')).max(60, messageCode('supplement_days_too_many')).optional(),
});
export const ReceiveSupplementInput = z.object({ note: optionalNote });
export const SubmitResultInput = z
  .object({
    kind: z.enum(['granted', 'denied'], { error: messageCode('result_kind_required') }),
    number: z.string().trim().max(60).default(''),
    summary: requiredText('result_summary_required', 2000),
    approverId: z.uuid().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'granted' && !value.number) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: messageCode('result_number_required') });
    }
  });
export const ApproveInput = z.object({ note: optionalNote });
export const ReturnToHandlerInput = z.object({ note: requiredText('revision_note_required', 1000) });
export const ReturnResultInput = z.object({
  method: z.enum(returnMethods),
  recipient: requiredText('recipient_required', 120),
  returnedAt: instant(messageCode('returned_at_invalid')).optional(),
  note: optionalNote,
});
export const ReasonInput = z.object({ reason: requiredText('reason_required', 1000) });
export const ApologizeInput = z.object({
  reason: requiredText('delay_reason_required', 1000),
  newAppointmentAt: instant(messageCode('new_appointment_required')),
});

export const AcceptOnlineInput = z.object({ note: optionalNote });
/** An optional reason; empty means the standard one ("Quá thời hạn bổ sung hồ sơ"). */
export const CloseNotAcceptedInput = z.object({
  reason: z
    .string()
    .trim()
    .max(1000)
    .optional()
    .transform((reason) => reason || 'Quá thời hạn bổ sung hồ sơ'),
});

/** A guidance (form 02) or refusal (form 03) slip given to a walk-in. */
export const IntakeSlip = z.object({
  id: z.uuid(),
  kind: z.enum(['guidance', 'refusal']),
  number: z.string(),
  procedure: z.object({ id: z.uuid(), code: z.string(), name: z.string(), fieldName: z.string() }),
  applicant: z.object({ name: z.string(), idNumber: z.string().nullable(), phone: z.string().nullable(), address: z.string() }),
  items: z.array(MissingItem),
  reason: z.string(),
  officer: z.object({ id: z.uuid(), name: z.string(), phone: z.string().nullable() }),
  createdAt: z.string(),
}).meta({ id: 'IntakeSlip' });
export type IntakeSlip = z.infer<typeof IntakeSlip>;
