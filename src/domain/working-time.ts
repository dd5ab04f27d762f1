import { DurationUnit, SupplementClock, type Duration } from './channels.ts';
import { VIETNAM_OFFSET_MS } from './vietnam-time.ts';

/**
 * Office hours and thresholds (docs/domain.md "Working time"). Times are 'HH:mm' in
 * Asia/Ho_Chi_Minh. Stored in the database and edited by an administrator.
 */
export interface WorkingTimeSettings {
  morningStart: string;
  morningEnd: string;
  afternoonStart: string;
  afternoonEnd: string;
  /** Saturday morning (not a holiday) counts as working time; the afternoon never does. */
  saturdayMorningCounts: boolean;
  /** Same-day procedures received at or after this time are due the next working day. */
  sameDayCutoff: string;
  /** An open dossier is "due soon" within this many working days of its appointment. */
  dueSoonWorkingDays: number;
}

export const defaultWorkingTimeSettings: WorkingTimeSettings = {
  morningStart: '07:00',
  morningEnd: '11:30',
  afternoonStart: '13:30',
  afternoonEnd: '17:00',
  saturdayMorningCounts: false,
  sameDayCutoff: '15:00',
  dueSoonWorkingDays: 2,
};

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

function parseClock(value: string, field: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) throw new RangeError(`${field} must be HH:mm, got "${value}"`);
  return (Number(match[1]) * 60 + Number(match[2])) * MINUTE_MS;
}

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

/**
 * The working-time calendar: office hours, weekends, holidays and swapped working days.
 * Pure: every instant is passed in.
 *
 * A "working day" (isWorkingDay, calendar_days, same_day) is a full one: Monday to Friday
 * or a swapped working day, not a holiday. With `saturdayMorningCounts`, a Saturday
 * morning adds working time (receipt, working_days, working_hours, due soon) but the
 * Saturday is still not a working day for date-based rules, whose deadline is the
 * afternoon end.
 */
export class WorkingCalendar {
  readonly settings: WorkingTimeSettings;
  /** Length of one working day in milliseconds (morning + afternoon: 8 hours by default). */
  readonly workingDayMs: number;
  readonly #fullDay: readonly Period[];
  readonly #saturdayMorning: readonly Period[];
  readonly #afternoonEnd: number;
  readonly #sameDayCutoff: number;
  readonly #kinds = new Map<number, CalendarDay['kind']>();

  constructor(settings: WorkingTimeSettings, days: readonly CalendarDay[]) {
    const morningStart = parseClock(settings.morningStart, 'morningStart');
    const morningEnd = parseClock(settings.morningEnd, 'morningEnd');
    const afternoonStart = parseClock(settings.afternoonStart, 'afternoonStart');
    const afternoonEnd = parseClock(settings.afternoonEnd, 'afternoonEnd');
    if (!(morningStart < morningEnd && morningEnd <= afternoonStart && afternoonStart < afternoonEnd)) {
      throw new RangeError('Office hours must satisfy morningStart < morningEnd <= afternoonStart < afternoonEnd');
    }
    if (!(Number.isFinite(settings.dueSoonWorkingDays) && settings.dueSoonWorkingDays >= 0)) {
      throw new RangeError('dueSoonWorkingDays must be a non-negative number');
    }
    this.settings = { ...settings };
    this.#sameDayCutoff = parseClock(settings.sameDayCutoff, 'sameDayCutoff');
    this.#afternoonEnd = afternoonEnd;
    this.#fullDay = [
      [morningStart, morningEnd],
      [afternoonStart, afternoonEnd],
    ];
    this.#saturdayMorning = [[morningStart, morningEnd]];
    this.workingDayMs = morningEnd - morningStart + afternoonEnd - afternoonStart;
    for (const day of days) this.#kinds.set(dayNumberOf(day.date), day.kind);
  }

  /** YYYY-MM-DD of the instant in Vietnam time. */
  localDate(at: Date): string {
    return dateOfDayNumber(toLocal(at).day);
  }

  isWorkingDay(date: string): boolean {
    return this.#isFullWorkingDay(dayNumberOf(date));
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
        // The normalised instant is on a working day unless only a Saturday morning
        // counts, so "received on a working day before the cut-off" reduces to this.
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
    const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    return weekday >= 1 && weekday <= 5;
  }

  #periodsOf(day: number): readonly Period[] {
    if (this.#isFullWorkingDay(day)) return this.#fullDay;
    const isSaturday = (((day + 4) % 7) + 7) % 7 === 6;
    if (isSaturday && this.settings.saturdayMorningCounts && this.#kinds.get(day) !== 'holiday') {
      return this.#saturdayMorning;
    }
    return noPeriods;
  }

  /** afternoonEnd of `day`, or of the next working day if `day` is not one. */
  #closeOfWorkingDayFrom(day: number): Date {
    for (let scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++, day++) {
      if (this.#isFullWorkingDay(day)) return fromLocal(day, this.#afternoonEnd);
    }
    throw new Error('No working day found: check the holiday calendar');
  }
}
