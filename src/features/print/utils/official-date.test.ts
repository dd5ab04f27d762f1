import { describe, expect, it } from 'vitest';
import { officialDateParts } from './official-date.ts';

describe('officialDateParts', () => {
  it('spells an instant in Vietnamese time', () => {
    // 17:30 UTC on 31 Dec is 00:30 on 1 Jan in Hà Nội.
    expect(officialDateParts('2026-12-31T17:30:00Z')).toEqual({
      date: '01/01/2027',
      day: '01',
      month: '01',
      year: '2027',
      hour: '00',
      minute: '30',
    });
  });
});
