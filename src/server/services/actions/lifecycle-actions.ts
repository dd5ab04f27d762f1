import { formatDateTime } from '../../../domain/vietnam-time.ts';
import { processingWorkingMs } from '../../../domain/indicators.ts';
import {
  ApologizeInput,
  CloseNotAcceptedInput,
  ApproveInput,
  AssignInput,
  HandOverInput,
  ReasonInput,
  ReceiveSupplementInput,
  RequestSupplementInput,
  ReturnResultInput,
  ReturnToHandlerInput,
  SubmitResultInput,
} from '../../../domain/schemas/intake.ts';
import { newAppointmentProblem, type NewAppointmentProblem } from '../../../domain/appointments.ts';
import { loadSupplementDeadlineDays } from '../settings.ts';
import type { Queryable } from '../../db/db.ts';
import { conflict, fieldError } from '../../http/errors.ts';
import { defineAction } from './action-types.ts';
import { message, type Message } from '../../../domain/messages.ts';
import { feeCheckAtReturn, feeRemaining, formatAmount } from '../../../domain/fees.ts';

/** Who took `action` last on this dossier, and in which unit (to send the dossier back to them). */
async function lastActor(tx: Queryable, dossierId: string, action: string) {
  const [row] = await tx.query<{ user_id: string; unit_id: string }>(
    `SELECT e.actor_user_id AS user_id, u.unit_id FROM dossier_events e JOIN users u ON u.id = e.actor_user_id
     WHERE e.dossier_id = $1 AND e.action = $2 ORDER BY e.seq DESC LIMIT 1`,
    [dossierId, action],
  );
  if (!row) throw conflict(message('previous_handler_unknown'));
  return row;
}

export const handOver = defineAction({
  action: 'hand_over',
  summary: 'Chuyển hồ sơ cho phòng chuyên môn giải quyết',
  input: HandOverInput,
  async apply({ tx, dossier, input }) {
    const unitId = input.unitId ?? dossier.decidingUnitId;
    const [unit] = await tx.query<{ kind: string }>('SELECT kind FROM units WHERE id = $1 AND active', [unitId]);
    if (!unit || unit.kind === 'centre') throw fieldError('unitId', message('department_invalid'));
    return { set: { deciding_unit_id: unitId }, holder: { unitId, userId: null }, note: input.note };
  },
});

async function assignTo(tx: Queryable, departmentId: string, handlerId: string) {
  const [user] = await tx.query<{ id: string }>(
    "SELECT id FROM users WHERE id = $1 AND role = 'handler' AND active AND unit_id = $2",
    [handlerId, departmentId],
  );
  if (!user) throw fieldError('handlerId', message('handler_not_in_department'));
}

export const assign = defineAction({
  action: 'assign',
  summary: 'Phân công chuyên viên xử lý',
  input: AssignInput,
  async apply({ tx, dossier, input }) {
    await assignTo(tx, dossier.holderUnitId, input.handlerId);
    return { holder: { unitId: dossier.holderUnitId, userId: input.handlerId }, note: input.note };
  },
});

export const reassign = defineAction({
  action: 'reassign',
  summary: 'Phân công lại chuyên viên xử lý',
  input: AssignInput,
  async apply({ tx, dossier, input }) {
    if (input.handlerId === dossier.holderUserId) throw fieldError('handlerId', message('handler_unchanged'));
    await assignTo(tx, dossier.holderUnitId, input.handlerId);
    return { holder: { unitId: dossier.holderUnitId, userId: input.handlerId }, note: input.note };
  },
});

export const requestSupplement = defineAction({
  action: 'request_supplement',
  summary: 'Yêu cầu bổ sung hồ sơ (mẫu 02); thời hạn tạm dừng hoặc tính lại theo thủ tục',
  input: RequestSupplementInput,
  async apply({ tx, dossier, actor, input, now, calendar, centre }) {
    const deadline = calendar.addWorkingDays(now, input.deadlineWorkingDays ?? (await loadSupplementDeadlineDays(tx)));
    return {
      set: { paused_at: now, supplement_count: dossier.supplementCount + 1, supplement_deadline_at: deadline },
      // While the applicant gathers the papers, the desk holds the dossier and sends form 02.
      holder: { unitId: centre.id, userId: null },
      note: input.reason,
      details: { items: input.items, reason: input.reason, deadline: deadline.toISOString(), requestedBy: actor?.id },
      notify: {
        template: 'supplement_requested',
        data: { items: input.items.map((i) => i.name).join('; '), reason: input.reason, deadline: formatDateTime(deadline) },
      },
    };
  },
});

export const receiveSupplement = defineAction({
  action: 'receive_supplement',
  summary: 'Tiếp nhận hồ sơ bổ sung và chuyển lại cho chuyên viên',
  input: ReceiveSupplementInput,
  async apply({ tx, dossier, input, now, calendar }) {
    const requester = await lastActor(tx, dossier.id, 'request_supplement');
    const pausedFrom = dossier.pausedAt ?? now;
    const paused = calendar.workingMsBetween(pausedFrom, now);
    const duration = { unit: dossier.durationUnit, amount: dossier.durationAmount };
    const appointmentAt = calendar.appointmentAfterSupplement(dossier.supplementClock, dossier.appointmentAt ?? now, pausedFrom, now, duration);
    return {
      set: {
        appointment_at: appointmentAt,
        paused_at: null,
        paused_working_ms: dossier.pausedWorkingMs + paused,
        supplement_deadline_at: null,
      },
      holder: { unitId: requester.unit_id, userId: requester.user_id },
      note: input.note,
      details: { clock: dossier.supplementClock, pausedWorkingMs: paused, appointmentAt: appointmentAt.toISOString() },
    };
  },
});

export const submitResult = defineAction({
  action: 'submit_result',
  summary: 'Trình lãnh đạo phê duyệt kết quả giải quyết',
  input: SubmitResultInput,
  async apply({ tx, input }) {
    const [approver] = await tx.query<{ id: string; unit_id: string }>(
      `SELECT id, unit_id FROM users WHERE role = 'chairperson' AND active AND ($1::uuid IS NULL OR id = $1::uuid)
       ORDER BY created_at LIMIT 1`,
      [input.approverId ?? null],
    );
    if (!approver) throw fieldError('approverId', message('approver_not_found'));
    return {
      set: { result_kind: input.kind, result_number: input.number || null, result_summary: input.summary },
      holder: { unitId: approver.unit_id, userId: approver.id },
      note: input.summary,
      details: { kind: input.kind, number: input.number },
    };
  },
});

export const approve = defineAction({
  action: 'approve',
  summary: 'Phê duyệt kết quả; hồ sơ chuyển về Bộ phận Một cửa chờ trả',
  input: ApproveInput,
  apply({ dossier, input, now, centre, calendar }) {
    const { receivedAt, pausedWorkingMs } = dossier;
    return {
      set: { decided_at: now, processing_working_ms: receivedAt ? processingWorkingMs(calendar, { receivedAt, decidedAt: now, pausedWorkingMs }) : null },
      holder: { unitId: centre.id, userId: null },
      note: input.note,
      notify: { template: 'result_ready', data: {} },
    };
  },
});

export const returnToHandler = defineAction({
  action: 'return_to_handler',
  summary: 'Trả lại chuyên viên để chỉnh sửa, kèm ý kiến',
  input: ReturnToHandlerInput,
  async apply({ tx, dossier, input }) {
    const handler = await lastActor(tx, dossier.id, 'submit_result');
    return { holder: { unitId: handler.unit_id, userId: handler.user_id }, note: input.note };
  },
});

export const returnResult = defineAction({
  action: 'return_result',
  summary: 'Trả kết quả cho công dân, tổ chức (phí, lệ phí phải nộp trước khi trả mà chưa nộp: 409 fee_unpaid)',
  input: ReturnResultInput,
  apply({ dossier, actor, input, now, centre }) {
    const returnedAt = input.returnedAt ? new Date(input.returnedAt) : now;
    if (returnedAt.getTime() > now.getTime()) throw fieldError('returnedAt', message('returned_at_in_future'));
    if (dossier.receivedAt && returnedAt.getTime() < dossier.receivedAt.getTime()) {
      throw fieldError('returnedAt', message('returned_at_before_receipt'));
    }
    // Fees due before the return block it; fees due at receipt only warn (the dialog says so).
    if (feeCheckAtReturn(dossier.feeDue, dossier.feeAmount, dossier.feePaidAmount) === 'block') {
      throw conflict(message('fee_due_before_return', { remaining: formatAmount(feeRemaining(dossier.feeAmount, dossier.feePaidAmount)) }), 'fee_unpaid');
    }
    return {
      set: { returned_at: returnedAt, returned_to: input.recipient, return_method: input.method, finished_at: returnedAt },
      holder: { unitId: centre.id, userId: actor?.id ?? null },
      note: input.note,
      details: { method: input.method, recipient: input.recipient },
    };
  },
});

export const withdraw = defineAction({
  action: 'withdraw',
  summary: 'Rút hồ sơ theo đề nghị của công dân (mẫu 05)',
  input: ReasonInput,
  apply({ actor, input, now, centre }) {
    return {
      set: { finished_at: now, paused_at: null, supplement_deadline_at: null },
      holder: { unitId: centre.id, userId: actor?.id ?? null },
      note: input.reason,
      notify: { template: 'withdrawn', data: { reason: input.reason } },
    };
  },
});

export const stop = defineAction({
  action: 'stop',
  summary: 'Dừng giải quyết hồ sơ (mẫu 05)',
  input: ReasonInput,
  apply({ actor, input, now, centre }) {
    return {
      set: { finished_at: now, paused_at: null, supplement_deadline_at: null },
      holder: { unitId: centre.id, userId: actor?.role === 'desk_officer' ? actor.id : null },
      note: input.reason,
      notify: { template: 'stopped', data: { reason: input.reason } },
    };
  },
});

export const apologize = defineAction({
  action: 'apologize',
  summary: 'Xin lỗi và hẹn lại ngày trả kết quả (mẫu 04); chỉ trước khi quá hạn',
  input: ApologizeInput,
  apply({ dossier, input, calendar }) {
    // The clock guard (only before the appointment passes) is the domain's, checked before this runs.
    if (!dossier.appointmentAt) throw conflict(message('no_appointment'));
    const newAppointmentAt = new Date(input.newAppointmentAt);
    const problem = newAppointmentProblem(calendar, dossier.appointmentAt, newAppointmentAt);
    if (problem) throw fieldError('newAppointmentAt', newAppointmentMessages[problem]);
    // The appointment given at receipt; older data may lack it, then the current one is the first.
    const originalAppointmentAt = dossier.originalAppointmentAt ?? dossier.appointmentAt;
    return {
      set: {
        appointment_at: newAppointmentAt,
        original_appointment_at: originalAppointmentAt,
        apology_count: dossier.apologyCount + 1,
      },
      holder: { unitId: dossier.holderUnitId, userId: dossier.holderUserId },
      note: input.reason,
      details: {
        originalAppointmentAt: originalAppointmentAt.toISOString(),
        previousAppointmentAt: dossier.appointmentAt.toISOString(),
        newAppointmentAt: newAppointmentAt.toISOString(),
      },
      notify: {
        template: 'apology',
        data: { reason: input.reason, oldAppointment: formatDateTime(originalAppointmentAt), newAppointment: formatDateTime(newAppointmentAt) },
      },
    };
  },
});

const newAppointmentMessages: Record<NewAppointmentProblem, Message> = {
  not_after_current: message('new_appointment_not_later'),
  outside_working_time: message('new_appointment_outside_working_time'),
};

export const closeNotAccepted = defineAction({
  action: 'close_not_accepted',
  summary: 'Kết thúc hồ sơ không được tiếp nhận do quá hạn bổ sung',
  input: CloseNotAcceptedInput,
  apply({ actor, input, now, centre }) {
    return {
      set: { finished_at: now, paused_at: null },
      holder: { unitId: centre.id, userId: actor?.id ?? null },
      note: input.reason,
      notify: { template: 'closed_not_accepted', data: { reason: input.reason } },
    };
  },
});
