import { z } from 'zod';
import { message, messageCode, type Message } from './messages.ts';

/**
 * Birth-registration province codes that start a 12-digit citizen ID (CCCD / số định danh
 * cá nhân), from the 63-province list in force when IDs were issued. IDs keep their code
 * after the 2025 province mergers, so the old list stays the valid one.
 */
export const provinceCodes: Readonly<Record<string, string>> = {
  '001': 'Hà Nội', '002': 'Hà Giang', '004': 'Cao Bằng', '006': 'Bắc Kạn', '008': 'Tuyên Quang',
  '010': 'Lào Cai', '011': 'Điện Biên', '012': 'Lai Châu', '014': 'Sơn La', '015': 'Yên Bái',
  '017': 'Hòa Bình', '019': 'Thái Nguyên', '020': 'Lạng Sơn', '022': 'Quảng Ninh', '024': 'Bắc Giang',
  '025': 'Phú Thọ', '026': 'Vĩnh Phúc', '027': 'Bắc Ninh', '030': 'Hải Dương', '031': 'Hải Phòng',
  '033': 'Hưng Yên', '034': 'Thái Bình', '035': 'Hà Nam', '036': 'Nam Định', '037': 'Ninh Bình',
  '038': 'Thanh Hóa', '040': 'Nghệ An', '042': 'Hà Tĩnh', '044': 'Quảng Bình', '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế', '048': 'Đà Nẵng', '049': 'Quảng Nam', '051': 'Quảng Ngãi', '052': 'Bình Định',
  '054': 'Phú Yên', '056': 'Khánh Hòa', '058': 'Ninh Thuận', '060': 'Bình Thuận', '062': 'Kon Tum',
  '064': 'Gia Lai', '066': 'Đắk Lắk', '067': 'Đắk Nông', '068': 'Lâm Đồng', '070': 'Bình Phước',
  '072': 'Tây Ninh', '074': 'Bình Dương', '075': 'Đồng Nai', '077': 'Bà Rịa - Vũng Tàu', '079': 'TP. Hồ Chí Minh',
  '080': 'Long An', '082': 'Tiền Giang', '083': 'Bến Tre', '084': 'Trà Vinh', '086': 'Vĩnh Long',
  '087': 'Đồng Tháp', '089': 'An Giang', '091': 'Kiên Giang', '092': 'Cần Thơ', '093': 'Hậu Giang',
  '094': 'Sóc Trăng', '095': 'Bạc Liêu', '096': 'Cà Mau',
};

/** Why a citizen ID is invalid, or undefined when it is valid. */
export function citizenIdProblem(value: string): Message | undefined {
  if (!/^\d{12}$/.test(value)) return message('id_number_length');
  if (!(value.slice(0, 3) in provinceCodes)) return message('id_number_province', { province: value.slice(0, 3) });
  // 4th digit: century and gender (0/1 = 1900s, 2/3 = 2000s); later centuries are not yet issued.
  if (!/[0-3]/.test(value[3] ?? '')) return message('id_number_century');
  return undefined;
}

export const CitizenId = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = citizenIdProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.code, params: problem.params });
  });

export const MobilePhone = z
  .string()
  .trim()
  .regex(/^0(3|5|7|8|9)[0-9]{8}$/, messageCode('phone_invalid'));

export const Email = z.string().trim().email(messageCode('email_invalid')).max(200);

/**
 * A date of birth, yyyy-mm-dd, from 1900 to 2100 (the card's own range; the API refuses
 * anything else before it reaches the database).
 */
export const BirthDate = z
  .string()
  .trim()
  .pipe(z.iso.date(messageCode('birth_date_invalid')))
  .refine((value) => Number(value.slice(0, 4)) >= 1900 && Number(value.slice(0, 4)) <= 2100, messageCode('birth_date_invalid'));

/** Optional text input: an empty string means "not given". */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());
}
