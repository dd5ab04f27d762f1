import { isoToVietnamWallClock, vietnamWallClockToIso } from '../../../domain/vietnam-time.ts';

/**
 * The date pickers speak wall-clock time without a zone (`2026-11-25 17:00:00`); the API
 * speaks ISO instants. Every date of the desk is Vietnamese time (src/domain/vietnam-time.ts),
 * whatever zone the browser is in.
 */

/** `2026-11-25T10:00:00.000Z` → `2026-11-25 17:00:00` (a picker's value, minimum or maximum). */
export function toPickerValue(iso: string | null | undefined): string | null {
  const wallClock = iso ? isoToVietnamWallClock(iso) : '';
  return wallClock ? `${wallClock.replace('T', ' ')}:00` : null;
}

/** `2026-11-25 17:00:00` → `2026-11-25T17:00:00+07:00`; nothing stays empty. */
export function fromPickerValue(value: string | null): string {
  if (!value) return '';
  const [date, time = '00:00:00'] = value.split(' ');
  return vietnamWallClockToIso(`${date}T${time}`);
}
