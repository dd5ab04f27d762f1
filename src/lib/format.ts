/**
 * The one date/time/money formatter of the UI. Dates and times are the domain's
 * (`src/domain/vietnam-time.ts`: always Vietnamese time, in the fixed forms of the official
 * slips, in every UI language), so the screens, the SMS and the exports agree.
 */
export { formatDate, formatDateTime, formatLocalDate, formatTime, timeZone } from '../domain/vietnam-time.ts';

const groupedInteger = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0, useGrouping: true });

/**
 * `10.000 ₫` — the đồng has no minor unit. A no-break space keeps the amount and the sign
 * on one line in narrow table cells.
 */
export function formatMoney(amount: number): string {
  return `${groupedInteger.format(Math.round(amount))}\u00a0₫`;
}
