import { isoToVietnamWallClock, vietnamWallClockToIso } from '../../../domain/vietnam-time.ts';

/**
 * `<input type="datetime-local">` speaks wall-clock time without a zone; the API speaks ISO
 * instants. Every date of the desk is Vietnamese time (src/domain/vietnam-time.ts), whatever
 * zone the browser is in.
 */

/** `2026-11-25T10:00:00.000Z` → `2026-11-25T17:00` (for the input's value and min). */
export function toLocalInput(iso: string | null | undefined): string {
  return iso ? isoToVietnamWallClock(iso) : '';
}

/** `2026-11-25T17:00` → `2026-11-25T17:00:00+07:00`; empty stays empty. */
export function fromLocalInput(value: string): string {
  return value ? vietnamWallClockToIso(value) : '';
}
