import { dictionary } from '@zxcvbn-ts/language-common';

// The most common passwords of public breach corpora (zxcvbn-ts's list, about 49,000), plus
// the ones Vietnamese users and this product make likely. Compared case-insensitively.
const local = [
  'matkhau123',
  'matkhau1234',
  'matkhaumoi',
  'motcua2026',
  'motcua12345',
  'motcua123456',
  'anhyeuem123',
  'emyeuanh123',
  'vietnam1234',
  'vietnam12345',
  'hanoi12345',
  'saigon12345',
  'ubndxa12345',
  '1234567890a',
  '123456789a',
  'a123456789',
  'abc1234567',
  'qwerty1234',
  '0123456789',
  '1234567890',
  '12345678910',
  '1111111111',
  '0000000000',
];

let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set([...dictionary['passwords-common'], ...local].map((entry) => entry.toLowerCase()));
  return common.has(password.toLowerCase());
}
