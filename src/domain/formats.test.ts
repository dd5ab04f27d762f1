import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLocalDay, isUuid } from './formats.ts';
import { localDay, Uuid } from './schemas/common.ts';

// The plain checks must take exactly what the API's schemas take: chosen edge cases, then
// random strings shaped like the format (so most are near misses, not obvious garbage).
const LocalDay = localDay();
const runs = { numRuns: 2_000 };

const hex = fc.constantFrom(...'0123456789abcdefABCDEFgx-');
const uuidLike = fc
  .tuple(...[8, 4, 4, 4, 12].map((length) => fc.string({ unit: hex, minLength: length - 1, maxLength: length + 1 })))
  .map((parts) => parts.join('-'));
const digit = fc.constantFrom(...'0123456789');
const dayLike = fc
  .tuple(fc.string({ unit: digit, minLength: 3, maxLength: 5 }), fc.string({ unit: digit, minLength: 1, maxLength: 3 }), fc.string({ unit: digit, minLength: 1, maxLength: 3 }))
  .map(([year, month, day]) => `${year}-${month}-${day}`);

describe('the API formats without Zod', () => {
  it('takes the UUIDs z.uuid() takes', () => {
    for (const value of [
      '0b9f3a8e-2c1d-4e5f-9a7b-1c2d3e4f5a6b',
      '0B9F3A8E-2C1D-4E5F-9A7B-1C2D3E4F5A6B',
      '00000000-0000-0000-0000-000000000000',
      '0b9f3a8e-2c1d-9e5f-9a7b-1c2d3e4f5a6b',
      '0b9f3a8e-2c1d-4e5f-7a7b-1c2d3e4f5a6b',
      '0b9f3a8e2c1d4e5f9a7b1c2d3e4f5a6b',
      ' 0b9f3a8e-2c1d-4e5f-9a7b-1c2d3e4f5a6b',
      '',
    ]) {
      expect(isUuid(value), value).toBe(Uuid.safeParse(value).success);
    }
    fc.assert(fc.property(fc.oneof(uuidLike, fc.uuid(), fc.string()), (value) => isUuid(value) === Uuid.safeParse(value).success), runs);
  });

  it('takes the calendar days the list query and the forms take', () => {
    for (const value of ['2026-11-23', '2024-02-29', '2026-02-29', '2026-13-01', '2026-04-31', '1999-12-31', '2000-01-01', '2100-12-31', '2101-01-01', '2026-1-5', '26-11-23', '2026-11-23T00:00:00Z', '']) {
      expect(isLocalDay(value), value).toBe(LocalDay.safeParse(value).success);
    }
    fc.assert(fc.property(fc.oneof(dayLike, fc.string()), (value) => isLocalDay(value) === LocalDay.safeParse(value).success), runs);
  });
});
