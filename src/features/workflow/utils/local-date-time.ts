/**
 * The date pickers speak wall-clock time without a zone (`2026-11-25 17:00:00`); the API
 * speaks ISO instants. Every date of the desk is Vietnamese time, which has a fixed offset
 * (+07:00, no daylight saving), so the conversion is plain arithmetic whatever zone the
 * browser is in.
 */
const offsetMs = 7 * 60 * 60 * 1000;

/** `2026-11-25T10:00:00.000Z` → `2026-11-25 17:00:00` (a picker's value, minimum or maximum). */
export function toPickerValue(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return `${new Date(date.getTime() + offsetMs).toISOString().slice(0, 16).replace('T', ' ')}:00`;
}

/** `2026-11-25 17:00:00` → `2026-11-25T17:00:00+07:00`; nothing stays empty. */
export function fromPickerValue(value: string | null): string {
  if (!value) return '';
  const [date, time = '00:00:00'] = value.split(' ');
  return `${date}T${time.length === 5 ? `${time}:00` : time}+07:00`;
}
