import { removeDiacritics } from '../../domain/text.ts';
import type { NotificationTemplate } from '../../domain/notifications.ts';

/** Messages to applicants. Vietnamese; SMS go without diacritics, as Vietnamese gateways send them. */
export const notificationTexts = {
  received: {
    subject: 'Hồ sơ {code} đã được tiếp nhận',
    body: 'Hồ sơ {code} ({procedure}) của Ông/Bà {applicant} đã được {centre} tiếp nhận lúc {receivedAt}. Ngày hẹn trả kết quả: {appointmentAt}.',
  },
  completion_requested: {
    subject: 'Đề nghị bổ sung, hoàn thiện hồ sơ {code}',
    body: 'Hồ sơ {code} ({procedure}) chưa đủ điều kiện tiếp nhận. Đề nghị Ông/Bà {applicant} bổ sung: {items}. Lý do: {reason}. Liên hệ {centre} để được hướng dẫn.',
  },
  refused: {
    subject: 'Từ chối tiếp nhận hồ sơ {code}',
    body: 'Hồ sơ {code} ({procedure}) của Ông/Bà {applicant} không được tiếp nhận. Lý do: {reason}. Liên hệ {centre} để được hướng dẫn.',
  },
  supplement_requested: {
    subject: 'Đề nghị bổ sung hồ sơ {code}',
    body: 'Hồ sơ {code} ({procedure}) cần bổ sung: {items}. Lý do: {reason}. Đề nghị Ông/Bà {applicant} bổ sung trước {deadline} tại {centre}.',
  },
  result_ready: {
    subject: 'Hồ sơ {code} đã có kết quả',
    body: 'Hồ sơ {code} ({procedure}) của Ông/Bà {applicant} đã có kết quả. Mời Ông/Bà nhận kết quả tại {centre} hoặc theo hình thức đã đăng ký.',
  },
  apology: {
    subject: 'Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ {code}',
    body: 'Hồ sơ {code} ({procedure}) chưa giải quyết xong đúng hẹn {oldAppointment}. Lý do: {reason}. {centre} xin lỗi Ông/Bà {applicant} và hẹn trả kết quả vào {newAppointment}.',
  },
  stopped: {
    subject: 'Thông báo dừng giải quyết hồ sơ {code}',
    body: 'Hồ sơ {code} ({procedure}) của Ông/Bà {applicant} đã dừng giải quyết. Lý do: {reason}.',
  },
  withdrawn: {
    subject: 'Thông báo dừng giải quyết hồ sơ {code} do rút hồ sơ',
    body: 'Theo đề nghị rút hồ sơ của Ông/Bà {applicant}, hồ sơ {code} ({procedure}) đã dừng giải quyết. Lý do: {reason}. Mời Ông/Bà liên hệ {centre} để nhận lại giấy tờ đã nộp.',
  },
  closed_not_accepted: {
    subject: 'Hồ sơ {code} không được tiếp tục giải quyết do quá hạn bổ sung',
    body: 'Hồ sơ {code} ({procedure}) của Ông/Bà {applicant} không được tiếp tục giải quyết vì quá thời hạn bổ sung giấy tờ. Lý do: {reason}. Liên hệ {centre} để được hướng dẫn nộp lại hồ sơ.',
  },
} as const satisfies Record<NotificationTemplate, { subject: string; body: string }>;
export type { NotificationTemplate };

function fill(text: string, data: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => data[key] ?? whole);
}

export function renderNotification(template: NotificationTemplate, channel: 'sms' | 'email', data: Record<string, string>) {
  const { subject, body } = notificationTexts[template];
  const text = fill(body, data);
  return channel === 'sms'
    ? { subject: '', body: removeDiacritics(text) }
    : { subject: fill(subject, data), body: `${text}\n\nĐây là thư tự động từ hệ thống một cửa, vui lòng không trả lời thư này.` };
}
