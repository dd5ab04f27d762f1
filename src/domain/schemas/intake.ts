import { z } from 'zod';
import { CitizenId, Email, MobilePhone, optional } from '../citizen.ts';
import { documentForms, returnMethods } from '../channels.ts';
import { instant } from './common.ts';

const requiredText = (message: string, max: number) => z.string({ error: message }).trim().min(1, message).max(max, `Tối đa ${max} ký tự`);

export const ApplicantInput = z.object({
  name: requiredText('Vui lòng nhập họ và tên', 120),
  idNumber: optional(CitizenId),
  phone: optional(MobilePhone),
  email: optional(Email),
  address: requiredText('Vui lòng nhập địa chỉ', 300),
});
export type ApplicantInput = z.infer<typeof ApplicantInput>;

export const SubmitterInput = z.object({
  name: requiredText('Vui lòng nhập họ và tên người nộp', 120),
  idNumber: optional(CitizenId),
  phone: optional(MobilePhone),
});

export const ReceivedDocumentInput = z.object({
  procedureDocumentId: z.uuid(),
  received: z.boolean(),
  form: z.enum(documentForms),
  count: z.number().int().min(0, 'Số lượng không được âm').max(99, 'Tối đa 99 bản'),
});

/** POST /api/dossiers: a walk-in or postal dossier received at the desk. */
export const ReceiveDossierRequest = z.object({
  procedureId: z.uuid('Vui lòng chọn thủ tục'),
  channel: z.enum(['walk_in', 'postal']),
  applicant: ApplicantInput,
  submitter: SubmitterInput.nullish(),
  documents: z.array(ReceivedDocumentInput).max(50),
  setsCount: z.number().int().min(1, 'Ít nhất 1 bộ').max(20).default(1),
  feeAmount: z.number().int().min(0, 'Lệ phí không được âm').max(100_000_000).default(0),
  returnMethod: z.enum(returnMethods),
  notes: z.string().trim().max(1000, 'Tối đa 1000 ký tự').default(''),
});
export type ReceiveDossierRequest = z.input<typeof ReceiveDossierRequest>;

export const MissingItem = z.object({
  name: requiredText('Vui lòng nhập tên giấy tờ', 300),
  note: z.string().trim().max(500).default(''),
});

/** Guidance (form 02) or refusal (form 03) given to a walk-in; no dossier is created. */
export const IntakeSlipRequest = z
  .object({
    kind: z.enum(['guidance', 'refusal']),
    procedureId: z.uuid('Vui lòng chọn thủ tục'),
    applicant: ApplicantInput.extend({ address: z.string().trim().max(300).default('') }),
    items: z.array(MissingItem).max(30).default([]),
    reason: requiredText('Vui lòng nêu lý do', 1000),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'guidance' && value.items.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'Vui lòng liệt kê ít nhất một giấy tờ cần bổ sung' });
    }
  });
export type IntakeSlipRequest = z.input<typeof IntakeSlipRequest>;

export const RequestCompletionInput = z.object({
  items: z.array(MissingItem).min(1, 'Vui lòng liệt kê ít nhất một giấy tờ cần bổ sung').max(30),
  reason: requiredText('Vui lòng nêu lý do', 1000),
});

export const RefuseInput = z.object({ reason: requiredText('Vui lòng nêu lý do từ chối', 1000) });

const optionalNote = z.string().trim().max(1000, 'Tối đa 1000 ký tự').default('');

export const HandOverInput = z.object({
  unitId: z.uuid('Vui lòng chọn phòng chuyên môn').optional().meta({ description: "Deciding department; defaults to the procedure's" }),
  note: optionalNote,
});
export const AssignInput = z.object({ handlerId: z.uuid('Vui lòng chọn chuyên viên xử lý'), note: optionalNote });
export const RequestSupplementInput = z.object({
  items: z.array(MissingItem).min(1, 'Vui lòng liệt kê ít nhất một giấy tờ cần bổ sung').max(30),
  reason: requiredText('Vui lòng nêu lý do', 1000),
  deadlineWorkingDays: z.number().int().min(1, 'Ít nhất 1 ngày làm việc').max(60, 'Tối đa 60 ngày làm việc').optional(),
});
export const ReceiveSupplementInput = z.object({ note: optionalNote });
export const SubmitResultInput = z
  .object({
    kind: z.enum(['granted', 'denied'], { error: 'Vui lòng chọn kết quả giải quyết' }),
    number: z.string().trim().max(60, 'Tối đa 60 ký tự').default(''),
    summary: requiredText('Vui lòng nhập nội dung kết quả', 2000),
    approverId: z.uuid().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'granted' && !value.number) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: 'Vui lòng nhập số, ký hiệu của kết quả' });
    }
  });
export const ApproveInput = z.object({ note: optionalNote });
export const ReturnToHandlerInput = z.object({ note: requiredText('Vui lòng ghi rõ nội dung cần chỉnh sửa', 1000) });
export const ReturnResultInput = z.object({
  method: z.enum(returnMethods),
  recipient: requiredText('Vui lòng nhập người nhận kết quả', 120),
  returnedAt: instant('Thời điểm trả không hợp lệ').optional(),
  note: optionalNote,
});
export const ReasonInput = z.object({ reason: requiredText('Vui lòng nêu lý do', 1000) });
export const ApologizeInput = z.object({
  reason: requiredText('Vui lòng nêu lý do chậm trễ', 1000),
  newAppointmentAt: instant('Vui lòng chọn ngày hẹn mới'),
});

export const AcceptOnlineInput = z.object({ note: optionalNote });
/** An optional reason; empty means the standard one ("Quá thời hạn bổ sung hồ sơ"). */
export const CloseNotAcceptedInput = z.object({
  reason: z
    .string()
    .trim()
    .max(1000, 'Tối đa 1000 ký tự')
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
});
export type IntakeSlip = z.infer<typeof IntakeSlip>;
