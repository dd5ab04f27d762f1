import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime } from './vietnam-time.ts';

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
});
