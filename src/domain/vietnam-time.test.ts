import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatLocalDate, formatTime, isoToVietnamWallClock, vietnamDayEnd, vietnamDayStart, vietnamWallClockToIso } from './vietnam-time.ts';

describe('Vietnam time', () => {
  it('shows instants in Vietnamese time whatever the instant’s own offset', () => {
    // 17:30 UTC on 31 Dec is already 1 Jan 00:30 in Hà Nội.
    const instant = '2026-12-31T17:30:00Z';
    expect(formatDate(instant)).toBe('01/01/2027');
    expect(formatTime(instant)).toBe('00:30');
    expect(formatDateTime(instant)).toBe('01/01/2027 00:30');
  });

  it('uses a 24-hour clock with leading zeros', () => {
    expect(formatTime('2026-11-23T06:05:00+07:00')).toBe('06:05');
    expect(formatTime('2026-11-23T17:00:00+07:00')).toBe('17:00');
  });

  it('returns an empty string for an unreadable instant', () => {
    expect(formatDate('not a date')).toBe('');
  });

  it('writes a calendar date as the forms do', () => {
    expect(formatLocalDate('2026-01-05')).toBe('05/01/2026');
    expect(formatLocalDate('05/01/2026')).toBe('');
  });

  it('names the instant a Vietnamese day begins and ends', () => {
    expect(vietnamDayStart('2026-11-23').toISOString()).toBe('2026-11-22T17:00:00.000Z');
    expect(vietnamDayEnd('2026-12-31').toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(formatDateTime(vietnamDayStart('2026-01-01'))).toBe('01/01/2026 00:00');
  });

  it('converts wall-clock Vietnamese time to an instant and back, at any instant', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), (at) => {
        const wallClock = isoToVietnamWallClock(at);
        // Whole minutes: the wall clock has no seconds, so the instant comes back truncated.
        expect(new Date(vietnamWallClockToIso(wallClock)).getTime()).toBe(Math.floor(at.getTime() / 60_000) * 60_000);
        expect(formatDateTime(at)).toBe(`${wallClock.slice(8, 10)}/${wallClock.slice(5, 7)}/${wallClock.slice(0, 4)} ${wallClock.slice(11, 16)}`);
      }),
      { numRuns: 1000 },
    );
    expect(vietnamWallClockToIso('2026-11-25T17:00')).toBe('2026-11-25T17:00:00+07:00');
    expect(isoToVietnamWallClock('not a date')).toBe('');
  });
});

