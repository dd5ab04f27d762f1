/**
 * `<input type="datetime-local">` speaks wall-clock time without a zone; the API speaks ISO
 * instants. Every date of the desk is Vietnamese time, which has a fixed offset (+07:00, no
 * daylight saving), so the conversion is plain arithmetic whatever zone the browser is in.
 */
const offsetMs = 7 * 60 * 60 * 1000;

/** `2026-11-25T10:00:00.000Z` → `2026-11-25T17:00` (for the input's value and min). */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Date(date.getTime() + offsetMs).toISOString().slice(0, 16);
}

/** `2026-11-25T17:00` → `2026-11-25T17:00:00+07:00`; empty stays empty. */
export function fromLocalInput(value: string): string {
  if (!value) return '';
  return `${value.length === 16 ? `${value}:00` : value}+07:00`;
}
