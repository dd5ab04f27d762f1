import { foldText } from '../../src/domain/text.ts';
import type { Random } from './random.ts';

/** An applicant or a submitter as the desk records them. */
export interface DemoPerson {
  name: string;
  idNumber: string;
  /** yyyy-mm-dd, consistent with the ID number's century, sex and year digits. */
  dateOfBirth: string;
  gender: 'male' | 'female';
  phone: string | null;
  email: string | null;
  address: string;
}

const familyNames: readonly (readonly [string, number])[] = [
  ['Nguyễn', 30], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 2], ['Phan', 4], ['Vũ', 4],
  ['Võ', 2], ['Đặng', 3], ['Bùi', 3], ['Đỗ', 3], ['Hồ', 2], ['Ngô', 2], ['Dương', 2], ['Lý', 2],
];

const maleMiddleNames = ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Xuân', 'Công', 'Ngọc', 'Trọng', 'Mạnh', 'Tiến'];
const femaleMiddleNames = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Kim', 'Phương', 'Thùy', 'Hồng', 'Bích', 'Mai'];
const maleGivenNames = [
  'An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Hải', 'Hùng', 'Huy', 'Khánh', 'Long', 'Minh', 'Nam', 'Phong', 'Quân', 'Sơn',
  'Thắng', 'Tuấn', 'Việt', 'Hoàng', 'Trung', 'Khoa', 'Tài', 'Hiếu', 'Lâm', 'Thịnh', 'Vinh', 'Toàn', 'Kiên', 'Đạt', 'Phúc',
];
const femaleGivenNames = [
  'Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hằng', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'Ngọc', 'Nhung', 'Oanh', 'Phương',
  'Thảo', 'Trang', 'Uyên', 'Vân', 'Yến', 'Hạnh', 'Huyền', 'Loan', 'Nga', 'Quỳnh', 'Tâm', 'Thủy', 'Xuân', 'Liên', 'Duyên',
];

/** Villages (thôn) of the demo commune; most applicants live there. */
export const villages = [
  'Bảo An', 'An Cập', 'Hoàng Liên', 'Đồng Tâm', 'Tân Lập', 'Làng Mới', 'Khe Lếch', 'Cốc Sâm',
  'Tiến Sơn', 'Xuân Quang', 'Phú Hà', 'Đồng Sơn',
] as const;

// Residents who registered elsewhere in the province still come to this desk.
const otherPlaces = [
  'Phường Cam Đường, tỉnh Lào Cai', 'Phường Lào Cai, tỉnh Lào Cai', 'Xã Bảo Thắng, tỉnh Lào Cai',
  'Xã Bát Xát, tỉnh Lào Cai', 'Phường Sa Pa, tỉnh Lào Cai', 'Phường Yên Bái, tỉnh Lào Cai',
];

/**
 * Birth-registration province codes of the citizen ID (Circular 59/2021/TT-BCA). Lào Cai
 * dominates; the rest are where people commonly move from.
 */
const provinceCodes: readonly (readonly [string, number])[] = [
  ['010', 70], ['015', 6], ['001', 4], ['025', 3], ['008', 2], ['002', 1], ['011', 1], ['012', 1], ['014', 1],
  ['017', 1], ['019', 1], ['024', 1], ['026', 1], ['027', 1], ['030', 1], ['031', 1], ['033', 1], ['034', 1],
  ['035', 1], ['036', 1], ['037', 1], ['038', 2], ['040', 2], ['042', 1], ['048', 1], ['079', 1],
];

// Current mobile prefixes (03x Viettel, 05x Vietnamobile, 07x MobiFone, 08x VinaPhone/Viettel, 09x legacy).
const mobilePrefixes = [
  '032', '033', '034', '035', '036', '037', '038', '039', '056', '058', '059', '070', '076', '077', '078', '079',
  '081', '082', '083', '084', '085', '086', '088', '089', '090', '091', '093', '094', '096', '097', '098',
];

const emailDomains = ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com'];

export function personName(random: Random, female: boolean): string {
  const family = random.weighted(familyNames);
  const middle = random.pick(female ? femaleMiddleNames : maleMiddleNames);
  const given = random.pick(female ? femaleGivenNames : maleGivenNames);
  // Many women carry "Thị" before a second middle name: "Nguyễn Thị Thu Hà".
  const second = female && middle === 'Thị' && random.chance(0.35) ? ` ${random.pick(['Thu', 'Ngọc', 'Thanh', 'Hồng', 'Minh'])}` : '';
  return `${family} ${middle}${second} ${given}`;
}

/** 12 digits: province code, century/gender digit (0/1: 1900s, 2/3: 2000s; odd = female), year, serial. */
export function citizenId(random: Random, female: boolean, birthYear: number): string {
  const century = birthYear >= 2000 ? 2 : 0;
  return `${random.weighted(provinceCodes)}${century + (female ? 1 : 0)}${String(birthYear % 100).padStart(2, '0')}${random.digits(6)}`;
}

export function mobilePhone(random: Random): string {
  return `${random.pick(mobilePrefixes)}${random.digits(7)}`;
}

export function address(random: Random): string {
  if (random.chance(0.1)) return `Tổ ${random.int(1, 12)}, ${random.pick(otherPlaces)}`;
  return `Thôn ${random.pick(villages)}, xã Hoàng An, tỉnh Lào Cai`;
}

function email(random: Random, name: string, birthYear: number): string {
  const parts = foldText(name).split(' ');
  const given = parts[parts.length - 1] ?? 'congdan';
  const initials = parts.slice(0, -1).map((part) => part[0]).join('');
  const suffix = random.chance(0.5) ? String(birthYear) : random.digits(2);
  return `${given}${initials}${suffix}@${random.pick(emailDomains)}`;
}

/**
 * The day and month of birth, taken from the ID number's serial digits: no draw from the
 * stream, so adding birth dates left every other generated value as it was.
 */
function birthDate(idNumber: string, birthYear: number): string {
  const serial = Number(idNumber.slice(-6));
  const month = 1 + (serial % 12);
  const day = 1 + (Math.floor(serial / 12) % 28);
  return `${birthYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An adult resident. `online` applicants more often leave an e-mail address. */
export function demoPerson(random: Random, options: { online: boolean }): DemoPerson {
  const female = random.chance(0.5);
  const birthYear = random.int(1952, 2007);
  const name = personName(random, female);
  const phone = random.chance(options.online ? 0.98 : 0.88) ? mobilePhone(random) : null;
  const idNumber = citizenId(random, female, birthYear);
  return {
    name,
    idNumber,
    dateOfBirth: birthDate(idNumber, birthYear),
    gender: female ? 'female' : 'male',
    phone,
    email: random.chance(options.online ? 0.55 : 0.12) ? email(random, name, birthYear) : null,
    address: address(random),
  };
}

/**
 * The commune's residents come back: a share of dossiers belong to someone who already has
 * one (the person's page lists them, and their digitised papers can be reused). Draws from
 * its own stream so the rest of the demo data does not move.
 */
export class Residents {
  readonly #random: Random;
  readonly #known: DemoPerson[] = [];
  readonly #returningShare: number;

  constructor(random: Random, returningShare = 0.22) {
    this.#random = random;
    this.#returningShare = returningShare;
  }

  /** The applicant of the next dossier: someone seen before, or `fresh` (remembered from now on). */
  next(fresh: DemoPerson): DemoPerson {
    if (this.#known.length > 0 && this.#random.chance(this.#returningShare)) return this.#random.pick(this.#known);
    this.#known.push(fresh);
    return fresh;
  }
}
