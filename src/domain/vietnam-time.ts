/**
 * Instants as a person at the desk reads them. Every rule of the desk runs on Vietnamese
 * time, so instants are always shown in Asia/Ho_Chi_Minh, whatever zone the browser or the
 * server is set to, in the fixed forms of the official slips (dd/MM/yyyy, HH:mm). The UI's
 * formatter, the SMS texts and the register export all use these.
 */
export const timeZone = 'Asia/Ho_Chi_Minh';

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

/** `23/11/2026 07:30` */
export function formatDateTime(value: Instant): string {
  const p = parts(value);
  return p ? `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}` : '';
}
