import type { ReturnMethod } from '../channels.ts';

/**
 * The official wording of form 07, the tracking register (Sổ theo dõi hồ sơ, Circular
 * 03/2025/TT-VPCP, Appendix I). It is a legal document in Vietnamese: the Excel export
 * and the printed register both take their texts from here, whatever the screen's language.
 */
export const registerFormTexts = {
  title: 'SỔ THEO DÕI HỒ SƠ',
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  period: 'Từ ngày {{from}} đến ngày {{to}}',
  procedure: 'Thủ tục: {{name}}',
  department: 'Cơ quan chủ trì giải quyết: {{name}}',
  channel: 'Kênh tiếp nhận: {{name}}',
  columns: {
    number: 'STT',
    code: 'Mã hồ sơ',
    procedure: 'Tên thủ tục hành chính',
    applicant: 'Tên cá nhân, tổ chức',
    addressPhone: 'Địa chỉ, số điện thoại',
    decidingUnit: 'Cơ quan chủ trì giải quyết',
    receivedAt: 'Ngày, tháng, năm nhận hồ sơ',
    appointmentAt: 'Ngày, tháng, năm hẹn trả kết quả',
    returnedAt: 'Ngày, tháng, năm trả kết quả',
    returnMethod: 'Hình thức trả kết quả',
    signature: 'Ký nhận',
  },
  returnMethod: {
    desk: 'Tại Bộ phận Một cửa',
    post: 'Bưu chính công ích',
    online: 'Trực tuyến',
  } satisfies Record<ReturnMethod, string>,
};

/** The register's columns, in the form's order. */
export const registerColumns = Object.keys(registerFormTexts.columns) as (keyof typeof registerFormTexts.columns)[];

/** Fills `{{name}}` placeholders, as the i18n catalogues do. */
export function fillOfficialText(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
