/**
 * Numbers of the overview, in the Vietnamese forms the rest of the app uses (as
 * `formatMoney`): `1.234` hồ sơ, `85,5%`, `1,6` ngày làm việc.
 */
const count = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 1 });
const oneDecimal = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return count.format(value);
}

/** A ratio 0–1 as a percentage with at most one decimal. */
export function formatPercent(ratio: number): string {
  return percent.format(ratio);
}

/** Working days with one decimal, as the Decision 766 reports give them. */
export function formatWorkingDays(days: number): string {
  return oneDecimal.format(days);
}
