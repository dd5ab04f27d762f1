import { DurationUnit, SupplementClock, type Duration } from './channels.ts';
import { VIETNAM_OFFSET_MS } from './vietnam-time.ts';

/** 'HH:mm' to 'HH:mm' in Asia/Ho_Chi_Minh: one stretch of office hours. */
export interface OfficePeriod {
  start: string;
  end: string;
}

/** Office hours of one day of the week: a morning and an afternoon, either may be missing. */
export interface DayHours {
  morning: OfficePeriod | null;
  afternoon: OfficePeriod | null;
}

/** Days of the week as settings name them, Monday first as on a Vietnamese calendar. */
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof weekdays)[number];
/** The days whose hours may set the length of a working day and the hours of a swapped working day. */
export const standardWeekdays: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/**
 * Office hours and thresholds (docs/domain.md "Working time"), stored in the database and
 * edited by an administrator.
 *
 * - Every period of a day counts as working time (receipt, working days and hours, due soon).
 * - A day with afternoon hours is a *working day* for the date-based rules (calendar days,
 *   same day), which end at its closing time. A day with only a morning (the usual optional
 *   Saturday morning) adds working time but is not a working day for those rules.
 * - The *standard day* is the Monday-to-Friday working day with the most office hours (the
 *   earliest on a tie): a working day lasts as long as it (8 hours by default), and a
 *   swapped working day of the calendar keeps its hours.
 */
export interface WorkingTimeSettings {
  week: Readonly<Record<Weekday, DayHours>>;
  /** Same-day procedures received at or after this time are due the next working day. */
  sameDayCutoff: string;
  /** An open dossier is "due soon" within this many working days of its appointment. */
  dueSoonWorkingDays: number;
}

/** A week with the same hours Monday to Friday, and optionally Saturday morning. */
export function uniformWeek(hours: { morning: OfficePeriod; afternoon: OfficePeriod }, options: { saturdayMorning?: boolean } = {}): Record<Weekday, DayHours> {
  const full: DayHours = { morning: { ...hours.morning }, afternoon: { ...hours.afternoon } };
  const closed: DayHours = { morning: null, afternoon: null };
  return {
    monday: full,
    tuesday: full,
    wednesday: full,
    thursday: full,
    friday: full,
    saturday: options.saturdayMorning ? { morning: { ...hours.morning }, afternoon: null } : closed,
    sunday: closed,
  };
}

export const defaultOfficeHours = { morning: { start: '07:00', end: '11:30' }, afternoon: { start: '13:30', end: '17:00' } } as const;

export const defaultWorkingTimeSettings: WorkingTimeSettings = {
  week: uniformWeek(defaultOfficeHours),
  sameDayCutoff: '15:00',
  dueSoonWorkingDays: 2,
};

/** What is wrong with a set of office hours: a path in the settings and why. */
export type WorkingTimeProblem =
  | { path: string; problem: 'time_invalid' }
  | { path: string; problem: 'period_empty' }
  | { path: string; problem: 'lunch_overlap' }
  | { path: 'week'; problem: 'no_standard_day' }
  | { path: 'dueSoonWorkingDays'; problem: 'due_soon_invalid' };

const clockPattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of an 'HH:mm' clock time, or undefined when it is not one. */
export function clockMinutes(value: string): number | undefined {
  const match = clockPattern.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/**
 * Every problem of a set of office hours (the API's and the form's check, and the
 * calendar's): times are 'HH:mm', each period ends after it starts, the morning ends by
 * the time the afternoon starts, and at least one day from Monday to Friday has afternoon
 * hours (the standard day).
 */
export function workingTimeProblems(settings: WorkingTimeSettings): WorkingTimeProblem[] {
  const problems: WorkingTimeProblem[] = [];
  const period = (value: OfficePeriod | null, path: string): [number, number] | undefined => {
    if (!value) return undefined;
    const start = clockMinutes(value.start);
    const end = clockMinutes(value.end);
    if (start === undefined) problems.push({ path: `${path}.start`, problem: 'time_invalid' });
    if (end === undefined) problems.push({ path: `${path}.end`, problem: 'time_invalid' });
    if (start === undefined || end === undefined) return undefined;
    if (end <= start) {
      problems.push({ path: `${path}.end`, problem: 'period_empty' });
      return undefined;
    }
    return [start, end];
  };
  for (const day of weekdays) {
    const hours = settings.week[day];
    const morning = period(hours.morning, `week.${day}.morning`);
    const afternoon = period(hours.afternoon, `week.${day}.afternoon`);
    if (morning && afternoon && morning[1] > afternoon[0]) problems.push({ path: `week.${day}.afternoon.start`, problem: 'lunch_overlap' });
  }
  if (!standardWeekdays.some((day) => settings.week[day].afternoon)) problems.push({ path: 'week', problem: 'no_standard_day' });
  if (clockMinutes(settings.sameDayCutoff) === undefined) problems.push({ path: 'sameDayCutoff', problem: 'time_invalid' });
  if (!(Number.isFinite(settings.dueSoonWorkingDays) && settings.dueSoonWorkingDays >= 0)) {
    problems.push({ path: 'dueSoonWorkingDays', problem: 'due_soon_invalid' });
  }
  return problems;
}

/** One row of the administrator-edited calendar. */
export interface CalendarDay {
  /** YYYY-MM-DD, local date. */
  date: string;
  /** holiday: a public holiday or day off; working_day: a swapped working day (e.g. a Saturday worked). */
  kind: 'holiday' | 'working_day';
  name: string;
}

export type FinishClassification = 'early' | 'on_time' | 'late';
/** Where an open dossier's clock stands: see `dossierDueState` (src/domain/due-state.ts). */
export const dueStates = ['normal', 'due_soon', 'late', 'paused'] as const;
export type DueState = (typeof dueStates)[number];

// Local time by a fixed shift (see VIETNAM_OFFSET_MS).
const OFFSET_MS = VIETNAM_OFFSET_MS;
const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
// A calendar is finite data, so this many days without working time means bad settings.
const MAX_DAYS_SCANNED = 366 * 20;

/** [start, end) offsets in ms from local midnight. */
type Period = readonly [number, number];
const noPeriods: readonly Period[] = [];

/** Days since 1970-01-01 for a YYYY-MM-DD date. */
function dayNumberOf(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const day = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS : NaN;
  if (!match || !Number.isInteger(day) || dateOfDayNumber(day) !== date) {
    throw new RangeError(`Not a valid YYYY-MM-DD date: "${date}"`);
  }
  return day;
}

function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Local day number and offset within that day, in Vietnam time. */
function toLocal(at: Date): { day: number; within: number } {
  const local = at.getTime() + OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  return { day, within: local - day * DAY_MS };
}

function fromLocal(day: number, within: number): Date {
  return new Date(day * DAY_MS + within - OFFSET_MS);
}

/** The setting's weekday of each JavaScript day of the week (0 = Sunday). */
const weekdayByIndex: readonly Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function weekdayOfDayNumber(day: number): Weekday {
  return weekdayByIndex[(((day + 4) % 7) + 7) % 7]!; // 1970-01-01 was a Thursday
}

function periodsOfHours(hours: DayHours): Period[] {
  return [hours.morning, hours.afternoon].flatMap((period) =>
    period ? [[clockMinutes(period.start)! * MINUTE_MS, clockMinutes(period.end)! * MINUTE_MS] as Period] : [],
  );
}

const problemSentences: Record<WorkingTimeProblem['problem'], string> = {
  time_invalid: 'must be HH:mm',
  period_empty: 'must end after it starts',
  lunch_overlap: 'must not start before the morning ends',
  no_standard_day: 'needs a day from Monday to Friday with afternoon hours',
  due_soon_invalid: 'must be a non-negative number',
};

/**
 * The working-time calendar: office hours by day of the week, holidays and swapped working
 * days. Pure: every instant is passed in.
 *
 * A "working day" (isWorkingDay, calendar_days, same_day) is one with afternoon hours that
 * is not a holiday, or a swapped working day (which keeps the standard day's hours). A day
 * with only a morning (Saturday morning) adds working time (receipt, working_days,
 * working_hours, due soon) but is not a working day for date-based rules, whose deadline
 * is a working day's closing time.
 */
export class WorkingCalendar {
  readonly settings: WorkingTimeSettings;
  /** The hours of the standard day: the length of a working day, the hours of a swapped working day. */
  readonly standardHours: DayHours;
  /** Length of one working day in milliseconds (the standard day: 8 hours by default). */
  readonly workingDayMs: number;
  readonly #week: Readonly<Record<Weekday, readonly Period[]>>;
  readonly #standard: readonly Period[];
  readonly #sameDayCutoff: number;
  readonly #kinds = new Map<number, CalendarDay['kind']>();

  constructor(settings: WorkingTimeSettings, days: readonly CalendarDay[]) {
    const [problem] = workingTimeProblems(settings);
    if (problem) throw new RangeError(`Working time: ${problem.path} ${problemSentences[problem.problem]}`);
    this.settings = structuredClone(settings);
    this.#sameDayCutoff = clockMinutes(settings.sameDayCutoff)! * MINUTE_MS;
    const week = Object.fromEntries(weekdays.map((day) => [day, periodsOfHours(settings.week[day])])) as Record<Weekday, Period[]>;
    this.#week = week;
    const total = (periods: readonly Period[]) => periods.reduce((sum, [start, end]) => sum + end - start, 0);
    // The longest Monday-to-Friday working day; the problems check guarantees there is one.
    let standardDay = standardWeekdays.find((day) => settings.week[day].afternoon)!;
    for (const day of standardWeekdays) {
      if (settings.week[day].afternoon && total(week[day]) > total(week[standardDay])) standardDay = day;
    }
    this.standardHours = structuredClone(settings.week[standardDay]);
    this.#standard = week[standardDay];
    this.workingDayMs = total(this.#standard);
    for (const day of days) this.#kinds.set(dayNumberOf(day.date), day.kind);
  }

  /** YYYY-MM-DD of the instant in Vietnam time. */
  localDate(at: Date): string {
    return dateOfDayNumber(toLocal(at).day);
  }

  isWorkingDay(date: string): boolean {
    return this.#isFullWorkingDay(dayNumberOf(date));
  }

  /** The office hours of a date, holidays and swapped working days applied (none on a holiday). */
  hoursOn(date: string): DayHours {
    const day = dayNumberOf(date);
    const kind = this.#kinds.get(day);
    if (kind === 'holiday') return { morning: null, afternoon: null };
    if (kind === 'working_day') return structuredClone(this.standardHours);
    return structuredClone(this.settings.week[weekdayOfDayNumber(day)]);
  }

  /**
   * Is `at` inside office hours of a day that has working time? Both ends of a period
   * count: an appointment is often exactly 11:30 or 17:00.
   */
  isWorkingInstant(at: Date): boolean {
    const { day, within } = toLocal(at);
    return this.#periodsOf(day).some(([start, end]) => within >= start && within <= end);
  }

  /** The instant the clock starts: the receipt moved into the next working period. */
  normalizeReceipt(at: Date): Date {
    return this.addWorkingMs(at, 0);
  }

  /**
   * The earliest instant at which `ms` milliseconds of working time have elapsed since
   * `from` (so a period's end, never the next period's start). With 0, the normalised
   * instant. Durations are exact to the millisecond; a fraction of a millisecond rounds.
   */
  addWorkingMs(from: Date, ms: number): Date {
    if (!(Number.isFinite(ms) && ms >= 0)) {
      throw new RangeError(`Working time must be a non-negative number of ms, got ${ms}`);
    }
    let remaining = Math.round(ms);
    let { day, within } = toLocal(from);
    for (let scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++, day++, within = 0) {
      for (const [start, end] of this.#periodsOf(day)) {
        if (within >= end) continue;
        const begin = Math.max(start, within);
        const available = end - begin;
        if (remaining <= available) return fromLocal(day, begin + remaining);
        remaining -= available;
      }
    }
    throw new Error('No working time found: check the office hours and the holiday calendar');
  }

  /** Working days added to `from` (fractional allowed: half a day is half its working hours). */
  addWorkingDays(from: Date, days: number): Date {
    return this.addWorkingMs(from, days * this.workingDayMs);
  }

  /** Working time in [from, to), in milliseconds; 0 when `to` is not after `from`. */
  workingMsBetween(from: Date, to: Date): number {
    const fromMs = from.getTime() + OFFSET_MS;
    const toMs = to.getTime() + OFFSET_MS;
    if (toMs <= fromMs) return 0;
    let total = 0;
    const lastDay = Math.floor((toMs - 1) / DAY_MS);
    for (let day = Math.floor(fromMs / DAY_MS); day <= lastDay; day++) {
      const midnight = day * DAY_MS;
      for (const [start, end] of this.#periodsOf(day)) {
        const overlap = Math.min(midnight + end, toMs) - Math.max(midnight + start, fromMs);
        if (overlap > 0) total += overlap;
      }
    }
    return total;
  }

  /** The appointment (ngày hẹn trả) for a dossier received at `receivedAt`. */
  appointment(receivedAt: Date, duration: Duration): Date {
    const { unit, amount } = duration;
    if (unit !== DurationUnit.sameDay && !(Number.isFinite(amount) && amount >= 0)) {
      throw new RangeError(`Duration amount must be a non-negative number, got ${amount}`);
    }
    switch (unit) {
      case DurationUnit.workingDays:
        return this.addWorkingDays(receivedAt, amount);
      case DurationUnit.workingHours:
        return this.addWorkingMs(receivedAt, amount * HOUR_MS);
      case DurationUnit.calendarDays: {
        // Civil Code 2015, Art. 147–148: the count starts the day after the actual receipt
        // date (not the normalised instant) and ends at closing time of the last day, moved
        // to the next working day when that day is not one.
        if (!(Number.isInteger(amount) && amount >= 1)) throw new RangeError(`Calendar days must be a whole number ≥ 1, got ${amount}`);
        return this.#closeOfWorkingDayFrom(toLocal(receivedAt).day + amount);
      }
      case DurationUnit.sameDay: {
        // The normalised instant is on a working day unless it fell on a morning-only day,
        // so "received on a working day before the cut-off" reduces to this.
        const start = toLocal(this.normalizeReceipt(receivedAt));
        const today = this.#isFullWorkingDay(start.day) && start.within < this.#sameDayCutoff;
        return this.#closeOfWorkingDayFrom(today ? start.day : start.day + 1);
      }
      default: {
        const unknown: never = unit;
        throw new RangeError(`Unknown duration unit: ${String(unknown)}`);
      }
    }
  }

  /** Pause mode: the working time the dossier waited for its supplement is added. */
  extendByPause(appointmentAt: Date, pausedFrom: Date, pausedTo: Date): Date {
    const paused = this.workingMsBetween(pausedFrom, pausedTo);
    // Nothing to add: keep the appointment as is rather than normalising a 17:00 one.
    if (paused === 0) return new Date(appointmentAt.getTime());
    return this.addWorkingMs(appointmentAt, paused);
  }

  /** The appointment once the complete supplement has arrived, per the procedure's clock mode. */
  appointmentAfterSupplement(
    clock: SupplementClock,
    appointmentAt: Date,
    requestedAt: Date,
    suppliedAt: Date,
    duration: Duration,
  ): Date {
    return clock === SupplementClock.restart
      ? this.appointment(suppliedAt, duration)
      : this.extendByPause(appointmentAt, requestedAt, suppliedAt);
  }

  /** trước hạn / đúng hạn / quá hạn for a finished dossier or a control-slip leg. */
  classifyFinish(finishedAt: Date, appointmentAt: Date): FinishClassification {
    if (finishedAt.getTime() > appointmentAt.getTime()) return 'late';
    return toLocal(finishedAt).day < toLocal(appointmentAt).day ? 'early' : 'on_time';
  }

  /** Due state of a running clock at `now` (a paused one is the dossier's business: see due-state.ts). */
  dueState(now: Date, appointmentAt: Date): Exclude<DueState, 'paused'> {
    if (now.getTime() > appointmentAt.getTime()) return 'late';
    return appointmentAt.getTime() <= this.dueSoonLimit(now).getTime() ? 'due_soon' : 'normal';
  }

  /**
   * The latest appointment that is "due soon" at `now`: `dueSoonWorkingDays` of working
   * time ahead. Open dossiers due after `now` and at or before this are due soon.
   */
  dueSoonLimit(now: Date): Date {
    return this.addWorkingDays(now, this.settings.dueSoonWorkingDays);
  }

  #isFullWorkingDay(day: number): boolean {
    const kind = this.#kinds.get(day);
    if (kind) return kind === 'working_day';
    return this.settings.week[weekdayOfDayNumber(day)].afternoon !== null;
  }

  #periodsOf(day: number): readonly Period[] {
    const kind = this.#kinds.get(day);
    if (kind === 'holiday') return noPeriods;
    if (kind === 'working_day') return this.#standard;
    return this.#week[weekdayOfDayNumber(day)];
  }

  /** Closing time of `day`, or of the next working day if `day` is not one. */
  #closeOfWorkingDayFrom(day: number): Date {
    for (let scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++, day++) {
      if (this.#isFullWorkingDay(day)) return fromLocal(day, this.#periodsOf(day).at(-1)![1]);
    }
    throw new Error('No working day found: check the holiday calendar');
  }
}
