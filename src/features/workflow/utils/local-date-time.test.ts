import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './local-date-time.ts';

describe('datetime-local in Vietnamese time', () => {
  it('shows an instant as Vietnamese wall-clock time and reads it back at +07:00', () => {
    expect(toLocalInput('2026-11-25T10:00:00.000Z')).toBe('2026-11-25T17:00');
    expect(fromLocalInput('2026-11-25T17:00')).toBe('2026-11-25T17:00:00+07:00');
    expect(new Date(fromLocalInput(toLocalInput('2026-11-23T23:30:00.000Z'))).toISOString()).toBe('2026-11-23T23:30:00.000Z');
  });

  it('keeps empty values empty', () => {
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('')).toBe('');
  });
});
