import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CopyText, copyLine, copyValue, isoInstant } from '../../mocks/demo-data/bulk-load.ts';

// The bench's generator writes tens of millions of values in COPY's text format; its faster
// instant formatting must give exactly what toISOString gives.
describe("the generator's COPY text", () => {
  it('formats any instant as toISOString does', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (at) => {
        expect(isoInstant(at)).toBe(at.toISOString());
      }),
      { numRuns: 20_000 },
    );
    for (const ms of [0, -1, 86_399_999, -62_198_755_200_000, 253_402_300_799_999, 253_402_300_800_000, 8.64e15, -8.64e15]) {
      expect(isoInstant(new Date(ms))).toBe(new Date(ms).toISOString());
    }
    expect(() => isoInstant(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('escapes text, writes NULL as \\N and takes text already in COPY form as it is', () => {
    expect(copyValue('a\tb\\c\nd\re')).toBe('a\\tb\\\\c\\nd\\re');
    expect(copyValue(new CopyText('\\\\x00'))).toBe('\\\\x00');
    expect(copyLine([null, true, 3, { k: 'v' }, new Date(Date.UTC(2026, 10, 30, 7, 5, 9, 12))])).toBe(
      '\\N\tt\t3\t{"k":"v"}\t2026-11-30T07:05:09.012Z\n',
    );
  });
});
