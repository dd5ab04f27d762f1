import { removeDiacritics } from './text.ts';

/**
 * The messages motcua sends an applicant (SMS and e-mail), one per kind of step. The
 * Vietnamese texts are official wording: the defaults are below, and an administrator may
 * replace any of them (the `notification_templates` setting). The staff UI names each kind
 * in its own language.
 */
export const notificationTemplates = [
  'received',
  'completion_requested',
  'refused',
  'supplement_requested',
  'result_ready',
  'apology',
  'stopped',
  'withdrawn',
  'closed_not_accepted',
] as const;
export type NotificationTemplate = (typeof notificationTemplates)[number];

export function isNotificationTemplate(value: string): value is NotificationTemplate {
  return (notificationTemplates as readonly string[]).includes(value);
}

/** A message's subject (e-mail only) and body, with `{placeholder}`s. */
export interface NotificationText {
  subject: string;
  body: string;
}

/** Every `{placeholder}` a message may use. */
export const placeholderNames = [
  'code',
  'procedure',
  'applicant',
  'centre',
  'receivedAt',
  'appointmentAt',
  'items',
  'reason',
  'deadline',
  'oldAppointment',
  'newAppointment',
] as const;
export type PlaceholderName = (typeof placeholderNames)[number];

/** Every message knows these; the step that sends it adds its own (see `notificationPlaceholders`). */
export const commonPlaceholders = ['code', 'procedure', 'applicant', 'centre'] as const satisfies readonly PlaceholderName[];

/** The placeholders each message may use: the common ones and what its step provides. */
export const notificationPlaceholders: Record<NotificationTemplate, readonly PlaceholderName[]> = {
  received: [...commonPlaceholders, 'receivedAt', 'appointmentAt'],
  completion_requested: [...commonPlaceholders, 'items', 'reason'],
  refused: [...commonPlaceholders, 'reason'],
  supplement_requested: [...commonPlaceholders, 'items', 'reason', 'deadline'],
  result_ready: [...commonPlaceholders],
  apology: [...commonPlaceholders, 'reason', 'oldAppointment', 'newAppointment'],
  stopped: [...commonPlaceholders, 'reason'],
  withdrawn: [...commonPlaceholders, 'reason'],
  closed_not_accepted: [...commonPlaceholders, 'reason'],
};

/** The texts motcua ships with. */
export const defaultNotificationTexts: Record<NotificationTemplate, NotificationText> = {
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
};

/** The administrator's texts where there are some, the shipped ones elsewhere. */
export type NotificationTexts = Readonly<Partial<Record<NotificationTemplate, NotificationText>>>;

/** The `{name}`s a text uses, in order. */
export function templatePlaceholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

/** Placeholders a text uses that its message does not provide (shown as field errors). */
export function unknownPlaceholders(template: NotificationTemplate, text: string): string[] {
  const known = new Set<string>(notificationPlaceholders[template]);
  return [...new Set(templatePlaceholders(text).filter((name) => !known.has(name)))];
}

function fill(text: string, data: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => data[key] ?? whole);
}

export const emailFooter = 'Đây là thư tự động từ hệ thống một cửa, vui lòng không trả lời thư này.';

/**
 * A message as sent: placeholders filled; an SMS without diacritics (as Vietnamese
 * gateways send them) and without a subject; an e-mail with the automatic-mail footer.
 */
export function renderNotification(
  template: NotificationTemplate,
  channel: 'sms' | 'email',
  data: Readonly<Record<string, string>>,
  texts: NotificationTexts = {},
): { subject: string; body: string } {
  const { subject, body } = texts[template] ?? defaultNotificationTexts[template];
  const text = fill(body, data);
  return channel === 'sms' ? { subject: '', body: removeDiacritics(text) } : { subject: fill(subject, data), body: `${text}\n\n${emailFooter}` };
}

/** Example values for the preview of each placeholder. */
export const samplePlaceholderValues: Readonly<Record<PlaceholderName, string>> = {
  code: '000.17.22.H56-261123-0001',
  procedure: 'Cấp Giấy xác nhận tình trạng hôn nhân',
  applicant: 'Nguyễn Văn An',
  centre: 'Trung tâm Phục vụ hành chính công xã',
  receivedAt: '23/11/2026 09:15',
  appointmentAt: '26/11/2026 09:15',
  items: 'Tờ khai (bản chính)',
  reason: 'Tờ khai chưa ghi đủ thông tin',
  deadline: '14/12/2026 17:00',
  oldAppointment: '26/11/2026 09:15',
  newAppointment: '30/11/2026 17:00',
};
