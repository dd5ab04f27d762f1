import { z } from '../../../domain/schemas/zod-locale.ts';
import { formatDateTime } from '../../../domain/vietnam-time.ts';
import { AcceptOnlineInput, RefuseInput, RequestCompletionInput } from '../../../domain/schemas/intake.ts';
import { defineAction } from './action-types.ts';

/** Accept an online or postal dossier: the clock starts now (docs/domain.md "Appointment"). */
export const acceptOnline = defineAction({
  action: 'accept_online',
  summary: 'Tiếp nhận hồ sơ trực tuyến / bưu chính (bắt đầu tính thời hạn)',
  input: AcceptOnlineInput,
  apply({ dossier, actor, input, now, calendar, centre }) {
    const appointmentAt = calendar.appointment(now, { unit: dossier.durationUnit, amount: dossier.durationAmount });
    return {
      set: { received_at: now, appointment_at: appointmentAt, original_appointment_at: appointmentAt },
      holder: { unitId: centre.id, userId: actor?.id ?? null },
      note: input.note,
      details: { appointmentAt: appointmentAt.toISOString() },
      notify: { template: 'received', data: { receivedAt: formatDateTime(now), appointmentAt: formatDateTime(appointmentAt) } },
    };
  },
});

export const requestCompletion = defineAction({
  action: 'request_completion',
  summary: 'Yêu cầu bổ sung, hoàn thiện hồ sơ trực tuyến (mẫu 02)',
  input: RequestCompletionInput,
  apply({ actor, input, centre }) {
    return {
      holder: { unitId: centre.id, userId: actor?.id ?? null },
      note: input.reason,
      details: { items: input.items, reason: input.reason },
      notify: { template: 'completion_requested', data: { items: input.items.map((i) => i.name).join('; '), reason: input.reason } },
    };
  },
});

export const refuse = defineAction({
  action: 'refuse',
  summary: 'Từ chối tiếp nhận hồ sơ trực tuyến (mẫu 03)',
  input: RefuseInput,
  apply({ actor, input, now, centre }) {
    return {
      set: { finished_at: now },
      holder: { unitId: centre.id, userId: actor?.id ?? null },
      note: input.reason,
      details: { reason: input.reason },
      notify: { template: 'refused', data: { reason: input.reason } },
    };
  },
});

/** The portal delivered the documents asked for: the dossier returns to the intake queue. */
export const completeSubmission = defineAction({
  action: 'complete_submission',
  summary: 'Công dân đã bổ sung hồ sơ trên cổng dịch vụ công',
  input: z.object({ note: z.string().trim().max(1000).default(''), documentNames: z.array(z.string()).default([]) }),
  apply({ input, centre }) {
    return {
      holder: { unitId: centre.id, userId: null },
      note: input.note || 'Công dân đã bổ sung hồ sơ trên cổng dịch vụ công',
      details: { documents: input.documentNames },
    };
  },
});
