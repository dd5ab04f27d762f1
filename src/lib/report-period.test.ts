import { describe, expect, it } from 'vitest';
import { addDays, isLocalDate, matchingPreset, parsePeriod, presetPeriod, todayInVietnam } from './report-period.ts';

describe('report periods', () => {
  it('takes today in Vietnam, not in the browser zone', () => {
    // 23:30 UTC on the 22nd is already 06:30 on the 23rd in Vietnam.
    expect(todayInVietnam(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(todayInVietnam(new Date('2026-11-23T16:59:00Z'))).toBe('2026-11-23');
    expect(todayInVietnam(new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
  });

  it('computes the presets around a Monday in late November', () => {
    const today = '2026-11-23';
    expect(presetPeriod('thisWeek', today)).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(presetPeriod('thisMonth', today)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(presetPeriod('lastMonth', today)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(presetPeriod('thisQuarter', today)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(presetPeriod('thisYear', today)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('handles a Sunday, January and a leap February', () => {
    expect(presetPeriod('thisWeek', '2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(presetPeriod('lastMonth', '2027-01-15')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(presetPeriod('thisMonth', '2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(presetPeriod('thisQuarter', '2027-03-31')).toEqual({ from: '2027-01-01', to: '2027-03-31' });
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('reads the period from the URL, falling back to this month', () => {
    const today = '2026-11-23';
    expect(parsePeriod(new URLSearchParams('from=2026-08-01&to=2026-09-15'), today)).toEqual({ from: '2026-08-01', to: '2026-09-15' });
    expect(parsePeriod(new URLSearchParams(''), today)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(parsePeriod(new URLSearchParams('from=2026-09-15&to=2026-08-01'), today)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(parsePeriod(new URLSearchParams('from=2026-02-30&to=2026-03-01'), today)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(isLocalDate('2026-2-3')).toBe(false);
  });

  it('recognises a preset and leaves a custom range unnamed', () => {
    expect(matchingPreset({ from: '2026-10-01', to: '2026-10-31' }, '2026-11-23')).toBe('lastMonth');
    expect(matchingPreset({ from: '2026-10-02', to: '2026-10-31' }, '2026-11-23')).toBeUndefined();
  });
});
