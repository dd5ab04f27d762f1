import { describe, expect, it } from 'vitest';
import { looksLikeCitizenCard, parseCitizenCard } from './citizen-card.ts';

// Made-up holders in the card's real layout (no real person's data).
const card = '001190012345|123456789|Nguyễn Thị Minh Hằng|14031990|Nữ|Số 12, thôn Đông, xã Hoàng An, tỉnh Hưng Yên|20052021';

describe('parseCitizenCard', () => {
  it('reads every field of a chip-based card', () => {
    expect(parseCitizenCard(card)).toEqual({
      idNumber: '001190012345',
      oldIdNumber: '123456789',
      fullName: 'Nguyễn Thị Minh Hằng',
      dateOfBirth: '1990-03-14',
      gender: 'female',
      address: 'Số 12, thôn Đông, xã Hoàng An, tỉnh Hưng Yên',
      issueDate: '2021-05-20',
    });
  });

  it('reads a card without an old ID, whether the field is empty or left out', () => {
    const empty = parseCitizenCard('034205004321||Trần Văn Bình|01022005|Nam|Thôn Bắc, xã Hoàng An|15082022');
    expect(empty).toMatchObject({ idNumber: '034205004321', oldIdNumber: null, fullName: 'Trần Văn Bình', dateOfBirth: '2005-02-01', gender: 'male' });
    const missing = parseCitizenCard('034205004321|Trần Văn Bình|01022005|Nam|Thôn Bắc, xã Hoàng An|15082022');
    expect(missing).toEqual(empty);
  });

  it('cleans what a scanner types: stray spaces, a line end, decomposed diacritics, extra fields', () => {
    const decomposed = 'Nguyễn Thị Minh Hằng'.normalize('NFD');
    const scanned = `  001190012345 | 123456789 |  ${decomposed} |14031990| Nữ |Số 12,  thôn Đông |20052021|extra|fields\r\n`;
    const parsed = parseCitizenCard(scanned)!;
    expect(parsed.fullName).toBe('Nguyễn Thị Minh Hằng');
    expect(parsed.fullName).toBe(parsed.fullName.normalize('NFC'));
    expect(parsed.address).toBe('Số 12, thôn Đông');
    expect(parsed.issueDate).toBe('2021-05-20');
  });

  it('keeps the holder when the issue date or the gender cannot be read', () => {
    expect(parseCitizenCard('001190012345||Lê Văn An|29021992|?|Thôn Nam|')).toMatchObject({
      dateOfBirth: '1992-02-29',
      gender: null,
      issueDate: null,
    });
  });

  it.each([
    ['a dossier code', '000.17.22.H56-261123-0001'],
    ['an ID number alone', '001190012345'],
    ['a wrong ID (11 digits)', '00119001234||Lê Văn An|01011990|Nam|Thôn Nam|01012020'],
    ['an ID with an unknown province', '999190012345||Lê Văn An|01011990|Nam|Thôn Nam|01012020'],
    ['an impossible birth date', '001190012345||Lê Văn An|31021990|Nam|Thôn Nam|01012020'],
    ['no name', '001190012345|||01011990|Nam|Thôn Nam|01012020'],
  ])('refuses %s', (_case, scanned) => {
    expect(parseCitizenCard(scanned)).toBeNull();
  });
});

describe('looksLikeCitizenCard', () => {
  it('tells a card from a dossier code as the first characters arrive', () => {
    expect(looksLikeCitizenCard(card)).toBe(true);
    expect(looksLikeCitizenCard('000.17.22.H56-261123-0001')).toBe(false);
  });
});
