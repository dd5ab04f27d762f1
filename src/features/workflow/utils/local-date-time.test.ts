import { describe, expect, it } from 'vitest';
import { fromPickerValue, toPickerValue } from './local-date-time.ts';

describe('date-time pickers in Vietnamese time', () => {
  it('shows an instant as Vietnamese wall-clock time and reads it back at +07:00', () => {
    expect(toPickerValue('2026-11-25T10:00:00.000Z')).toBe('2026-11-25 17:00:00');
    expect(fromPickerValue('2026-11-25 17:00:00')).toBe('2026-11-25T17:00:00+07:00');
    expect(fromPickerValue('2026-11-25 17:00')).toBe('2026-11-25T17:00:00+07:00');
    expect(new Date(fromPickerValue(toPickerValue('2026-11-23T23:30:00.000Z'))).toISOString()).toBe('2026-11-23T23:30:00.000Z');
  });

  it('crosses the date line: 20:00 UTC is the next morning in Vietnam', () => {
    expect(toPickerValue('2026-12-31T20:00:00Z')).toBe('2027-01-01 03:00:00');
  });

  it('keeps empty values empty', () => {
    expect(toPickerValue(null)).toBeNull();
    expect(toPickerValue('not a date')).toBeNull();
    expect(fromPickerValue(null)).toBe('');
  });
});
