/**
 * The one date/time/money formatter. Every rule of the desk runs on Vietnamese time, so
 * instants are always shown in Asia/Ho_Chi_Minh, whatever zone the browser is set to, and
 * in the fixed forms of the official slips (dd/MM/yyyy, HH:mm) in every UI language.
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

type Instant = Date | string | number;

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

const groupedInteger = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0, useGrouping: true });

/**
 * `10.000 ₫` — the đồng has no minor unit. A no-break space keeps the amount and the sign
 * on one line in narrow table cells.
 */
export function formatMoney(amount: number): string {
  return `${groupedInteger.format(Math.round(amount))}\u00a0₫`;
}
