/**
 * Instants as a person at the desk reads them. Every rule of the desk runs on Vietnamese
 * time, so instants are always shown in Asia/Ho_Chi_Minh, whatever zone the browser or the
 * server is set to, in the fixed forms of the official slips (dd/MM/yyyy, HH:mm). The UI's
 * formatter, the SMS texts and the register export all use these.
 */
export const timeZone = 'Asia/Ho_Chi_Minh';

/**
 * Asia/Ho_Chi_Minh has been UTC+7 without daylight saving since 1975, so a fixed shift is
 * exact (and much cheaper than Intl where a report converts hundreds of thousands of instants).
 */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The instant a Vietnamese calendar day (`YYYY-MM-DD`) begins: `2026-11-23` → 2026-11-22T17:00Z. */
export function vietnamDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

/** The instant the day after a Vietnamese calendar day begins (the end of a `to` date, exclusive). */
export function vietnamDayEnd(date: string): Date {
  return new Date(vietnamDayStart(date).getTime() + 86_400_000);
}

/** Wall-clock Vietnamese time `YYYY-MM-DDTHH:mm[:ss]` as an ISO instant with its offset. */
export function vietnamWallClockToIso(value: string): string {
  return `${value.length === 16 ? `${value}:00` : value}+07:00`;
}

/** An instant as Vietnamese wall-clock time, `YYYY-MM-DDTHH:mm`. */
export function isoToVietnamWallClock(value: Instant): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Date(date.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 16);
}

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export type Instant = Date | string | number;

function parts(value: Instant) {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  const byType: Record<string, string> = {};
  for (const part of dateTimeParts.formatToParts(date)) byType[part.type] = part.value;
  return { day: byType.day, month: byType.month, year: byType.year, hour: byType.hour, minute: byType.minute };
}

/** `23/11/2026` */
export function formatDate(value: Instant): string {
  const p = parts(value);
  return p ? `${p.day}/${p.month}/${p.year}` : '';
}

/** `07:30` */
export function formatTime(value: Instant): string {
  const p = parts(value);
  return p ? `${p.hour}:${p.minute}` : '';
}

/** A calendar date `2026-11-23` as the forms write it, `23/11/2026`; '' when it is not one. */
export function formatLocalDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/** `23/11/2026 07:30` */
export function formatDateTime(value: Instant): string {
  const p = parts(value);
  return p ? `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}` : '';
}
