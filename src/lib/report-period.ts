import { timeZone } from './format.ts';

/**
 * Report periods: ranges of whole Vietnam days, as the API takes them (`from`/`to`,
 * `YYYY-MM-DD`, both included). The overview and the tracking register share them, so the
 * same preset means the same days on both screens.
 */
export interface ReportPeriod {
  from: string;
  to: string;
}

export const periodPresets = ['thisWeek', 'thisMonth', 'lastMonth', 'thisQuarter', 'thisYear'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

const localDatePattern = /^\d{4}-\d{2}-\d{2}$/;

const vietnamDay = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Vietnam (`2026-11-23`), whatever zone the browser is set to. */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamDay.format(now);
}

function toLocalDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A calendar date as a UTC midnight, for day arithmetic without zone surprises. */
function utcDate(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

function parseLocalDate(value: string): Date {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  return utcDate(year, month - 1, day);
}

/** A real calendar date in `YYYY-MM-DD` form (rejects `2026-02-30`). */
export function isLocalDate(value: string | null | undefined): value is string {
  return !!value && localDatePattern.test(value) && toLocalDate(parseLocalDate(value)) === value;
}

/** `2026-11-23` plus `days` (may be negative). */
export function addDays(value: string, days: number): string {
  const date = parseLocalDate(value);
  return toLocalDate(utcDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
}

function monthRange(year: number, monthIndex: number, months = 1): ReportPeriod {
  return { from: toLocalDate(utcDate(year, monthIndex, 1)), to: toLocalDate(utcDate(year, monthIndex + months, 0)) };
}

/** The days of a preset around `today` (a Vietnam date); weeks run Monday to Sunday. */
export function presetPeriod(preset: PeriodPreset, today: string): ReportPeriod {
  const date = parseLocalDate(today);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (preset) {
    case 'thisWeek': {
      const monday = addDays(today, -((date.getUTCDay() + 6) % 7));
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'thisMonth':
      return monthRange(year, month);
    case 'lastMonth':
      return monthRange(year, month - 1);
    case 'thisQuarter':
      return monthRange(year, month - (month % 3), 3);
    case 'thisYear':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
}

/** The preset these days are, if any (the picker shows its name instead of "custom"). */
export function matchingPreset(period: ReportPeriod, today: string): PeriodPreset | undefined {
  return periodPresets.find((preset) => {
    const candidate = presetPeriod(preset, today);
    return candidate.from === period.from && candidate.to === period.to;
  });
}

/** The default of every report: this month. */
export function defaultPeriod(today: string): ReportPeriod {
  return presetPeriod('thisMonth', today);
}

/**
 * The period in a URL (`?from=2026-11-01&to=2026-11-30`). A missing, malformed or reversed
 * range falls back to this month, so an old or hand-edited link still opens a report.
 */
export function parsePeriod(params: URLSearchParams, today: string): ReportPeriod {
  const from = params.get('from');
  const to = params.get('to');
  if (isLocalDate(from) && isLocalDate(to) && from <= to) return { from, to };
  return defaultPeriod(today);
}

/** `2026-11-01` → `01/11/2026`, the date form of the official forms. */
export function formatLocalDate(value: string): string {
  const [year, month, day] = value.split('-');
  return `${day}/${month}/${year}`;
}
