import * as fc from 'fast-check';
import { describe, it } from 'vitest';
import type { Duration } from './channels.ts';
import { defaultLegShares, legDeadline, LegKind } from './control-slip.ts';
import { publicHolidays } from './public-holidays.ts';
import { HOUR_MS, MINUTE_MS, WorkingCalendar, clockMinutes, defaultOfficeHours, defaultWorkingTimeSettings, uniformWeek, type CalendarDay } from './working-time.ts';

// Properties of the working-time rules over random instants with seconds and milliseconds.
// The fixed-instant tests (working-time.test.ts) document the rules case by case; these
// look for the instants nobody thought of: lunch edges, 17:00:00.001, weekends, holidays,
// swapped working days, and the hours between UTC midnight and Vietnam midnight. A failure
// prints the seed and the shrunk counterexample; replay it with `fc.assert(…, { seed, path })`.
const runs = { numRuns: 1_000 };
const DAY_MS = 86_400_000;
const OFFSET_MS = 7 * HOUR_MS;

// A test calendar with a swapped working Saturday and a run of holidays around a weekend,
// on top of the seeded public holidays of 2026–2027.
const extraDays: CalendarDay[] = [
  { date: '2026-06-13', kind: 'working_day', name: 'Làm bù (thử nghiệm)' },
  { date: '2026-06-15', kind: 'holiday', name: 'Nghỉ (thử nghiệm)' },
  { date: '2026-06-16', kind: 'holiday', name: 'Nghỉ (thử nghiệm)' },
];
const calendars = {
  official: new WorkingCalendar(defaultWorkingTimeSettings, [...publicHolidays, ...extraDays]),
  saturdayMorning: new WorkingCalendar({ ...defaultWorkingTimeSettings, week: uniformWeek(defaultOfficeHours, { saturdayMorning: true }) }, [...publicHolidays, ...extraDays]),
  otherHours: new WorkingCalendar(
    {
      ...defaultWorkingTimeSettings,
      week: uniformWeek({ morning: { start: '07:30', end: '11:45' }, afternoon: { start: '13:15', end: '16:30' } }),
      sameDayCutoff: '14:30',
    },
    [...publicHolidays, ...extraDays],
  ),
  // Hours that differ by weekday: a short Monday afternoon, Wednesday closed in the morning,
  // Friday closing at 16:30, Saturday morning on its own hours, Sunday afternoon only.
  perWeekday: new WorkingCalendar(
    {
      ...defaultWorkingTimeSettings,
      week: {
        ...uniformWeek(defaultOfficeHours),
        monday: { morning: { start: '07:00', end: '11:30' }, afternoon: { start: '13:30', end: '15:00' } },
        wednesday: { morning: null, afternoon: { start: '13:15', end: '17:00' } },
        friday: { morning: { start: '07:30', end: '11:45' }, afternoon: { start: '13:15', end: '16:30' } },
        saturday: { morning: { start: '07:30', end: '11:00' }, afternoon: null },
        sunday: { morning: null, afternoon: { start: '14:00', end: '16:00' } },
      },
      sameDayCutoff: '14:30',
    },
    [...publicHolidays, ...extraDays],
  ),
};
const anyCalendar = fc.constantFrom(...Object.values(calendars));

const from = Date.UTC(2026, 0, 1) - OFFSET_MS;
const to = Date.UTC(2027, 10, 1) - OFFSET_MS;
/** Vietnam clock times where rules change, in ms after local midnight. */
const edges = ['00:00', '07:00', '07:30', '11:00', '11:30', '11:45', '13:15', '13:30', '14:00', '14:30', '15:00', '16:00', '16:30', '17:00'].map((clock) => {
  const [h, m] = clock.split(':').map(Number);
  return (h! * 60 + m!) * MINUTE_MS;
});
/**
 * Any millisecond in 2026–2027, or one within two seconds of a rule's edge (opening, lunch,
 * closing, the same-day cut-off, Vietnam midnight = 17:00 UTC), where off-by-one bugs live.
 */
const instant = fc.oneof(
  fc.integer({ min: from, max: to }).map((ms) => new Date(ms)),
  fc
    .record({ day: fc.integer({ min: 0, max: Math.floor((to - from) / DAY_MS) }), edge: fc.constantFrom(...edges), jitter: fc.integer({ min: -2_000, max: 2_000 }) })
    .map(({ day, edge, jitter }) => new Date(from + day * DAY_MS + edge + jitter)),
);
/** Hundredths, as a catalogue's "0,25 ngày" or "4,5 giờ" (the database keeps two decimals). */
const amount = (max: number) => fc.integer({ min: 1, max: max * 100 }).map((n) => n / 100);
const duration: fc.Arbitrary<Duration> = fc.oneof(
  amount(30).map((value) => ({ unit: 'working_days' as const, amount: value })),
  amount(80).map((value) => ({ unit: 'working_hours' as const, amount: value })),
  fc.integer({ min: 1, max: 60 }).map((value) => ({ unit: 'calendar_days' as const, amount: value })),
  fc.constant({ unit: 'same_day' as const, amount: 0 }),
);
const workingDuration = duration.filter((d) => d.unit === 'working_days' || d.unit === 'working_hours');
/** Working time in ms, with seconds and milliseconds. */
const workingMs = fc.integer({ min: 0, max: 40 * 8 * HOUR_MS });

const localDay = (at: Date) => Math.floor((at.getTime() + OFFSET_MS) / DAY_MS);
const localClock = (at: Date) => (at.getTime() + OFFSET_MS) % DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const durationMs = (calendar: WorkingCalendar, d: Duration) =>
  Math.round(d.unit === 'working_days' ? d.amount * calendar.workingDayMs : d.amount * HOUR_MS);
/** Closing time of a working day: the end of its afternoon (a working day always has one). */
const closeMs = (calendar: WorkingCalendar, day: number) => clockMinutes(calendar.hoursOn(dateOf(day)).afternoon!.end)! * MINUTE_MS;

describe('appointments at any instant (properties)', () => {
  it('is a working instant, not before the receipt', () => {
    fc.assert(
      fc.property(anyCalendar, instant, duration, (calendar, receivedAt, d) => {
        const appointment = calendar.appointment(receivedAt, d);
        return appointment.getTime() >= receivedAt.getTime() && calendar.isWorkingInstant(appointment);
      }),
      runs,
    );
  });

  it('working days and hours: exactly the duration of working time, reached at the earliest instant', () => {
    fc.assert(
      fc.property(anyCalendar, instant, workingDuration, (calendar, receivedAt, d) => {
        const appointment = calendar.appointment(receivedAt, d);
        const wanted = durationMs(calendar, d);
        // The earliest: one millisecond sooner lacks one millisecond of working time.
        return (
          calendar.workingMsBetween(receivedAt, appointment) === wanted &&
          calendar.workingMsBetween(receivedAt, new Date(appointment.getTime() - 1)) === wanted - 1
        );
      }),
      runs,
    );
  });

  it('half a working day is four working hours', () => {
    fc.assert(
      fc.property(anyCalendar, instant, (calendar, receivedAt) => {
        const half = calendar.appointment(receivedAt, { unit: 'working_days', amount: 0.5 });
        return half.getTime() === calendar.appointment(receivedAt, { unit: 'working_hours', amount: calendar.workingDayMs / HOUR_MS / 2 }).getTime();
      }),
      runs,
    );
  });

  it('calendar days: closing time of the first working day at or after the receipt date + N', () => {
    fc.assert(
      fc.property(anyCalendar, instant, fc.integer({ min: 1, max: 60 }), (calendar, receivedAt, days) => {
        const appointment = calendar.appointment(receivedAt, { unit: 'calendar_days', amount: days });
        const target = localDay(receivedAt) + days;
        const landed = localDay(appointment);
        if (landed < target || !calendar.isWorkingDay(dateOf(landed)) || localClock(appointment) !== closeMs(calendar, landed)) return false;
        for (let day = target; day < landed; day++) if (calendar.isWorkingDay(dateOf(day))) return false;
        return true;
      }),
      runs,
    );
  });

  it('same day: closing time of the receipt day before the cut-off on a working day, else of the next working day', () => {
    fc.assert(
      fc.property(anyCalendar, instant, (calendar, receivedAt) => {
        const appointment = calendar.appointment(receivedAt, { unit: 'same_day', amount: 0 });
        const normalized = calendar.normalizeReceipt(receivedAt);
        const [h, m] = calendar.settings.sameDayCutoff.split(':').map(Number);
        const today = calendar.isWorkingDay(dateOf(localDay(normalized))) && localClock(normalized) < (h! * 60 + m!) * MINUTE_MS;
        if (!calendar.isWorkingDay(dateOf(localDay(appointment))) || localClock(appointment) !== closeMs(calendar, localDay(appointment))) return false;
        if (today) return localDay(appointment) === localDay(normalized);
        for (let day = localDay(normalized) + 1; day < localDay(appointment); day++) if (calendar.isWorkingDay(dateOf(day))) return false;
        return localDay(appointment) > localDay(normalized);
      }),
      runs,
    );
  });
});

describe('working time arithmetic (properties)', () => {
  it('adding A then B working time equals adding A + B', () => {
    fc.assert(
      fc.property(anyCalendar, instant, workingMs, workingMs.filter((b) => b > 0), (calendar, start, a, b) => {
        return calendar.addWorkingMs(calendar.addWorkingMs(start, a), b).getTime() === calendar.addWorkingMs(start, a + b).getTime();
      }),
      runs,
    );
  });

  it('working time between instants adds up over any point in between', () => {
    fc.assert(
      fc.property(anyCalendar, fc.array(instant, { minLength: 3, maxLength: 3 }), (calendar, points) => {
        const [x, y, z] = points.sort((p, q) => p.getTime() - q.getTime());
        return calendar.workingMsBetween(x!, z!) === calendar.workingMsBetween(x!, y!) + calendar.workingMsBetween(y!, z!);
      }),
      runs,
    );
  });

  it('the normalised receipt is a working instant reached without working time, and normalising twice changes nothing', () => {
    fc.assert(
      fc.property(anyCalendar, instant, (calendar, receivedAt) => {
        const normalized = calendar.normalizeReceipt(receivedAt);
        return (
          normalized.getTime() >= receivedAt.getTime() &&
          calendar.isWorkingInstant(normalized) &&
          calendar.workingMsBetween(receivedAt, normalized) === 0 &&
          calendar.normalizeReceipt(normalized).getTime() === normalized.getTime()
        );
      }),
      runs,
    );
  });
});

describe('the supplement clock (properties)', () => {
  /** A dossier received at a random instant, then a request and an arrival in order after it. */
  const story = fc
    .tuple(anyCalendar, instant, workingDuration, workingMs, workingMs, fc.integer({ min: 0, max: 3 * DAY_MS }), fc.integer({ min: 0, max: 3 * DAY_MS }))
    .map(([calendar, receivedAt, d, untilRequest, waited, requestDrift, arrivalDrift]) => {
      const appointmentAt = calendar.appointment(receivedAt, d);
      // Requested and received at any instant (also at night, on a Sunday), not only in office hours.
      const requestedAt = new Date(calendar.addWorkingMs(receivedAt, untilRequest).getTime() + (requestDrift % DAY_MS));
      const suppliedAt = new Date(calendar.addWorkingMs(requestedAt, waited).getTime() + (arrivalDrift % DAY_MS));
      return { calendar, receivedAt, duration: d, appointmentAt, requestedAt, suppliedAt };
    });

  it('pause adds exactly the paused working time to the appointment', () => {
    fc.assert(
      fc.property(story, ({ calendar, appointmentAt, requestedAt, suppliedAt, duration: d }) => {
        const paused = calendar.workingMsBetween(requestedAt, suppliedAt);
        const moved = calendar.appointmentAfterSupplement('pause', appointmentAt, requestedAt, suppliedAt, d);
        return moved.getTime() >= appointmentAt.getTime() && calendar.workingMsBetween(appointmentAt, moved) === paused && calendar.isWorkingInstant(moved);
      }),
      runs,
    );
  });

  it('restart equals a fresh appointment from the arrival', () => {
    fc.assert(
      fc.property(story, ({ calendar, appointmentAt, requestedAt, suppliedAt, duration: d }) => {
        const restarted = calendar.appointmentAfterSupplement('restart', appointmentAt, requestedAt, suppliedAt, d);
        return restarted.getTime() === calendar.appointment(suppliedAt, d).getTime();
      }),
      runs,
    );
  });

  it('two pauses in a row add up to their sum', () => {
    fc.assert(
      fc.property(story, workingMs, workingMs, ({ calendar, appointmentAt, suppliedAt }, gap, waited) => {
        // A second request some working time after the first arrival, answered later.
        const secondRequest = calendar.addWorkingMs(suppliedAt, gap);
        const secondArrival = calendar.addWorkingMs(secondRequest, waited);
        const once = calendar.extendByPause(appointmentAt, secondRequest, secondArrival);
        return calendar.workingMsBetween(appointmentAt, once) === calendar.workingMsBetween(secondRequest, secondArrival);
      }),
      runs,
    );
  });
});

describe('control-slip legs (properties)', () => {
  const kinds = [LegKind.deskIntake, LegKind.department, LegKind.handler, LegKind.approval] as const;

  it('a leg is due its share of the working time after its start, never after the appointment unless it starts later', () => {
    fc.assert(
      fc.property(anyCalendar, instant, workingDuration, workingMs, fc.constantFrom(...kinds), (calendar, receivedAt, d, elapsed, kind) => {
        const appointmentAt = calendar.appointment(receivedAt, d);
        const start = calendar.addWorkingMs(receivedAt, elapsed);
        const deadline = legDeadline(calendar, kind, start, { receivedAt, appointmentAt });
        if (start.getTime() > appointmentAt.getTime()) return deadline.getTime() === start.getTime();
        if (deadline.getTime() === appointmentAt.getTime()) return true;
        const allowance = Math.max(Math.round(calendar.workingMsBetween(receivedAt, appointmentAt) * defaultLegShares[kind]), MINUTE_MS);
        return deadline.getTime() < appointmentAt.getTime() && calendar.workingMsBetween(start, deadline) === allowance;
      }),
      runs,
    );
  });

  it('the return leg is due by the appointment, or at once when it starts after it', () => {
    fc.assert(
      fc.property(anyCalendar, instant, workingDuration, instant, (calendar, receivedAt, d, start) => {
        const appointmentAt = calendar.appointment(receivedAt, d);
        const deadline = legDeadline(calendar, LegKind.deskReturn, start, { receivedAt, appointmentAt });
        return deadline.getTime() === Math.max(start.getTime(), appointmentAt.getTime());
      }),
      runs,
    );
  });
});

describe('due state and finishing (properties)', () => {
  it('late exactly after the appointment; due soon exactly within the due-soon working days', () => {
    fc.assert(
      fc.property(anyCalendar, instant, instant, (calendar, now, appointmentAt) => {
        const state = calendar.dueState(now, appointmentAt);
        if (now.getTime() > appointmentAt.getTime()) return state === 'late';
        const within = calendar.workingMsBetween(now, appointmentAt) <= calendar.settings.dueSoonWorkingDays * calendar.workingDayMs;
        // An appointment at a working instant within reach is due soon by both readings.
        return calendar.isWorkingInstant(appointmentAt) ? state === (within ? 'due_soon' : 'normal') : state !== 'late';
      }),
      runs,
    );
  });

  it('a finished dossier is late exactly when finished after its appointment, early only on an earlier day', () => {
    fc.assert(
      fc.property(anyCalendar, instant, instant, (calendar, finishedAt, appointmentAt) => {
        const result = calendar.classifyFinish(finishedAt, appointmentAt);
        if (finishedAt.getTime() > appointmentAt.getTime()) return result === 'late';
        return result === (localDay(finishedAt) < localDay(appointmentAt) ? 'early' : 'on_time');
      }),
      runs,
    );
  });
});
