import { MINUTE_MS, type WorkingCalendar } from '../../src/domain/working-time.ts';
import { vietnamDayStart } from '../../src/domain/vietnam-time.ts';
import type { Random } from './random.ts';
import { isApplicantStep, type ScriptStep } from './types.ts';

const HOUR_MS = 3_600_000;

/**
 * A line of working minutes counted from the opening of a working day well before `now`.
 * Dossiers are laid out on it, so every desk step falls in office hours and skips
 * weekends and holidays by construction; `at` turns a position back into an instant.
 */
export interface WorkingAxis {
  readonly dayMinutes: number;
  /** Position of `now` (office time elapsed since the origin). */
  readonly nowMinutes: number;
  at(minutes: number): Date;
}

export function makeWorkingAxis(calendar: WorkingCalendar, now: Date, workingDaysBack: number): WorkingAxis {
  let date = calendar.localDate(now);
  for (let counted = 0; counted < workingDaysBack; ) {
    date = shiftDate(date, -1);
    if (calendar.isWorkingDay(date)) counted++;
  }
  const origin = calendar.normalizeReceipt(vietnamDayStart(date));
  // Working time adds up (A then B = A + B), so a position is reached from the instant one
  // working day's worth before it instead of from the origin: the same instant, without
  // walking hundreds of days for each of a million dossiers' steps.
  const dayMs = calendar.workingDayMs;
  const dayMarks: Date[] = [origin];
  const mark = (index: number) => {
    while (dayMarks.length <= index) dayMarks.push(calendar.addWorkingMs(dayMarks[dayMarks.length - 1]!, dayMs));
    return dayMarks[index]!;
  };
  return {
    dayMinutes: dayMs / MINUTE_MS,
    nowMinutes: calendar.workingMsBetween(origin, now) / MINUTE_MS,
    at: (minutes) => {
      const ms = Math.round(minutes * MINUTE_MS);
      if (!(ms > 0)) return calendar.addWorkingMs(origin, minutes * MINUTE_MS);
      const index = Math.ceil(ms / dayMs) - 1;
      return calendar.addWorkingMs(mark(index), ms - index * dayMs);
    },
  };
}

function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** The step whose instant is placed first: the receipt (clock start) or else the last desk step. */
function anchorIndex(steps: readonly ScriptStep[]): number {
  const start = steps.findIndex((s) => s.action === 'receive' || s.action === 'accept_online');
  if (start >= 0) return start;
  for (let i = steps.length - 1; i >= 0; i--) if (!isApplicantStep(steps[i]!)) return i;
  return -1;
}

/**
 * Receipts per working day of the window. Open dossiers were received recently and pile up
 * in the last weeks; closed ones are then placed where the intake is still thin, so the
 * desk's daily intake looks steady across the whole window.
 */
export class IntakeLoad {
  readonly #counts = new Map<number, number>();
  readonly #perDay: number;
  readonly #firstDay: number;
  readonly #lastDay: number;

  constructor(axis: WorkingAxis, windowWorkingDays: number, dossierCount: number) {
    this.#lastDay = Math.floor(axis.nowMinutes / axis.dayMinutes);
    this.#firstDay = this.#lastDay - windowWorkingDays;
    this.#perDay = dossierCount / windowWorkingDays;
  }

  add(day: number): void {
    this.#counts.set(day, (this.#counts.get(day) ?? 0) + 1);
  }

  /**
   * A day in [from, to], weighted by how far below the steady intake it still is. The same
   * draw as `random.weighted` over the list of days, without building the list (this runs
   * once per dossier, a million times for the largest bench).
   */
  pick(random: Random, from: number, to: number): number {
    const first = Math.max(from, this.#firstDay);
    const last = Math.min(to, this.#lastDay);
    if (last < first) return random.int(from, to);
    const weight = (day: number) => Math.max(0.2, this.#perDay - (this.#counts.get(day) ?? 0));
    let total = 0;
    for (let day = first; day <= last; day++) total += weight(day);
    let roll = random.next() * total;
    for (let day = first; day <= last; day++) {
      roll -= weight(day);
      if (roll < 0) return day;
    }
    return last;
  }
}

export interface Placement {
  /** Time of day of the anchor, in working minutes after opening; never a period boundary. */
  anchorTimeOfDay: number;
  /** Closed dossiers land anywhere in the window; open ones this many working minutes before now. */
  idleMinutes: number | null;
  windowWorkingDays: number;
  load: IntakeLoad;
}

/**
 * Instants for every step: desk steps on the working axis (strictly increasing because
 * every delay is at least 2 minutes), applicant steps at any hour in between.
 */
export function placeSteps(random: Random, axis: WorkingAxis, steps: readonly ScriptStep[], placement: Placement, now: Date): Date[] {
  const anchor = anchorIndex(steps);
  const instants: (Date | null)[] = steps.map(() => null);
  if (anchor >= 0) {
    const relative = new Map<number, number>([[anchor, 0]]);
    let position = 0;
    for (let i = anchor + 1; i < steps.length; i++) {
      if (isApplicantStep(steps[i]!)) continue;
      position += steps[i]!.delay;
      relative.set(i, position);
    }
    const last = position;
    position = 0;
    let next = anchor;
    for (let i = anchor - 1; i >= 0; i--) {
      if (isApplicantStep(steps[i]!)) continue;
      position -= steps[next]!.delay;
      relative.set(i, position);
      next = i;
    }
    const first = Math.min(...relative.values());
    const start = anchorPosition(random, axis, placement, first, last);
    for (const [i, rel] of relative) instants[i] = axis.at(start + rel);
  }
  // Applicant steps: before the next desk step (or now), after the previous one.
  for (let i = 0; i < steps.length; i++) {
    if (instants[i]) continue;
    const previous = instants.slice(0, i).findLast((d): d is Date => d !== null) ?? null;
    const following = instants.slice(i + 1).find((d): d is Date => d !== null) ?? now;
    const ms = previous
      ? previous.getTime() + random.between(0.15, 0.85) * (following.getTime() - previous.getTime())
      : following.getTime() - random.between(0.3, 60) * HOUR_MS;
    instants[i] = new Date(Math.round(ms / 1000) * 1000);
  }
  return instants as Date[];
}

function anchorPosition(random: Random, axis: WorkingAxis, placement: Placement, first: number, last: number): number {
  const day = axis.dayMinutes;
  let target: number;
  if (placement.idleMinutes === null) {
    const hi = axis.nowMinutes - 60 - last;
    let lo = Math.max(-first, axis.nowMinutes - placement.windowWorkingDays * day);
    if (hi < lo) lo = -first;
    if (hi < lo) throw new Error('Demo data: a dossier history is longer than the generated window');
    target = placement.load.pick(random, Math.ceil(lo / day), Math.floor(hi / day)) * day;
  } else {
    target = axis.nowMinutes - placement.idleMinutes - last;
  }
  let start = Math.floor(target / day) * day + placement.anchorTimeOfDay;
  while (start + last >= axis.nowMinutes - 1) start -= day;
  if (start + first < 0) throw new Error('Demo data: a dossier starts before the generated window');
  placement.load.add(Math.floor(start / day));
  return start;
}
