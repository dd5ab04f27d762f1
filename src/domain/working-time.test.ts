import { describe, it, expect } from 'vitest';
import type { Duration } from './channels.ts';
import { publicHolidays } from './public-holidays.ts';
import {
  MINUTE_MS,
  WorkingCalendar,
  defaultOfficeHours,
  defaultWorkingTimeSettings,
  uniformWeek,
  workingTimeProblems,
  type CalendarDay,
  type WorkingTimeSettings,
} from './working-time.ts';

// Expected values below are worked out by hand from the rules in docs/domain.md, with the default
// hours 07:00–11:30 / 13:30–17:00 (270 + 210 = 480 working minutes a day).
// Reference week: Mon 2026-03-02 … Sun 2026-03-08 (no holiday in March 2026).
const testDays: CalendarDay[] = [
  { date: '2025-01-01', kind: 'holiday', name: 'Tết Dương lịch' }, // Wed
  { date: '2026-01-01', kind: 'holiday', name: 'Tết Dương lịch' }, // Thu
  { date: '2026-01-02', kind: 'holiday', name: 'Nghỉ hoán đổi' }, // Fri
  { date: '2026-01-10', kind: 'working_day', name: 'Làm bù' }, // Sat
  { date: '2026-04-27', kind: 'holiday', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' }, // Mon
  { date: '2026-04-30', kind: 'holiday', name: 'Ngày Chiến thắng' }, // Thu
  { date: '2026-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động' }, // Fri
  { date: '2027-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động' }, // Sat
];

const calendar = new WorkingCalendar(defaultWorkingTimeSettings, testDays);
const saturdayCalendar = new WorkingCalendar({ ...defaultWorkingTimeSettings, week: uniformWeek(defaultOfficeHours, { saturdayMorning: true }) }, testDays);
const officialCalendar = new WorkingCalendar(defaultWorkingTimeSettings, publicHolidays);

const at = (iso: string) => new Date(iso);
/** Formats an instant in Vietnam time, the way the expectations are written. */
const vn = (date: Date) => new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 19) + '+07:00';

describe('WorkingCalendar.isWorkingDay', () => {
  it.each([
    ['2026-03-02', true, 'a Monday'],
    ['2026-03-06', true, 'a Friday'],
    ['2026-03-07', false, 'a Saturday'],
    ['2026-03-08', false, 'a Sunday'],
    ['2026-04-30', false, 'a holiday on a Thursday'],
    ['2026-01-10', true, 'a swapped working Saturday'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  it('keeps a Saturday a non-working day when only its morning counts', () => {
    expect(saturdayCalendar.isWorkingDay('2026-03-07')).toBe(false);
  });

  it('rejects a malformed date', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('02/03/2026')).toThrow(RangeError);
  });
});

describe('WorkingCalendar.normalizeReceipt', () => {
  it.each([
    ['before 07:00', '2026-03-02T06:15:00+07:00', '2026-03-02T07:00:00+07:00'],
    ['at midnight', '2026-03-02T00:00:00+07:00', '2026-03-02T07:00:00+07:00'],
    ['exactly 07:00', '2026-03-02T07:00:00+07:00', '2026-03-02T07:00:00+07:00'],
    ['during the morning, seconds kept', '2026-03-02T09:20:30+07:00', '2026-03-02T09:20:30+07:00'],
    ['one minute before lunch', '2026-03-02T11:29:00+07:00', '2026-03-02T11:29:00+07:00'],
    ['exactly 11:30', '2026-03-02T11:30:00+07:00', '2026-03-02T13:30:00+07:00'],
    ['during lunch', '2026-03-02T12:15:00+07:00', '2026-03-02T13:30:00+07:00'],
    ['exactly 13:30', '2026-03-02T13:30:00+07:00', '2026-03-02T13:30:00+07:00'],
    ['one minute before closing', '2026-03-02T16:59:00+07:00', '2026-03-02T16:59:00+07:00'],
    ['exactly 17:00', '2026-03-02T17:00:00+07:00', '2026-03-03T07:00:00+07:00'],
    ['after 17:00', '2026-03-02T21:00:00+07:00', '2026-03-03T07:00:00+07:00'],
    ['Friday evening → Monday', '2026-03-06T17:30:00+07:00', '2026-03-09T07:00:00+07:00'],
    ['Saturday', '2026-03-07T09:00:00+07:00', '2026-03-09T07:00:00+07:00'],
    ['Sunday late evening', '2026-03-08T23:59:59+07:00', '2026-03-09T07:00:00+07:00'],
    ['the evening before two holidays and a weekend', '2026-04-29T18:00:00+07:00', '2026-05-04T07:00:00+07:00'],
    ['on a holiday', '2026-04-30T09:00:00+07:00', '2026-05-04T07:00:00+07:00'],
    ['Friday evening before a swapped working Saturday', '2026-01-09T17:30:00+07:00', '2026-01-10T07:00:00+07:00'],
    ['during a swapped working Saturday', '2026-01-10T08:00:00+07:00', '2026-01-10T08:00:00+07:00'],
    ['year end: 31 Dec evening, 1 Jan a holiday', '2024-12-31T17:00:00+07:00', '2025-01-02T07:00:00+07:00'],
    ['given in UTC, already Monday 06:30 in Vietnam', '2026-03-01T23:30:00Z', '2026-03-02T07:00:00+07:00'],
  ])('%s: %s → %s', (_case, receivedAt, expected) => {
    expect(vn(calendar.normalizeReceipt(at(receivedAt)))).toBe(expected);
  });

  it.each([
    ['Saturday morning counts', '2026-03-07T09:00:00+07:00', '2026-03-07T09:00:00+07:00'],
    ['Saturday before opening', '2026-03-07T06:00:00+07:00', '2026-03-07T07:00:00+07:00'],
    ['Friday evening → Saturday morning', '2026-03-06T17:30:00+07:00', '2026-03-07T07:00:00+07:00'],
    ['Saturday at 11:30 → Monday', '2026-03-07T11:30:00+07:00', '2026-03-09T07:00:00+07:00'],
    ['Saturday afternoon → Monday', '2026-03-07T14:00:00+07:00', '2026-03-09T07:00:00+07:00'],
    ['a holiday on Saturday does not count', '2027-05-01T09:00:00+07:00', '2027-05-03T07:00:00+07:00'],
  ])('with the Saturday-morning setting, %s: %s → %s', (_case, receivedAt, expected) => {
    expect(vn(saturdayCalendar.normalizeReceipt(at(receivedAt)))).toBe(expected);
  });
});

describe('WorkingCalendar.addWorkingMs', () => {
  it.each([
    ['ends exactly at 11:30, not 13:30', '2026-03-02T09:00:00+07:00', 150, '2026-03-02T11:30:00+07:00'],
    ['one more minute crosses lunch', '2026-03-02T09:00:00+07:00', 151, '2026-03-02T13:31:00+07:00'],
    ['ends exactly at 17:00, not 07:00 next day', '2026-03-02T13:30:00+07:00', 210, '2026-03-02T17:00:00+07:00'],
    ['one more minute crosses the night', '2026-03-02T13:30:00+07:00', 211, '2026-03-03T07:01:00+07:00'],
    ['zero at 17:00 gives the normalised instant', '2026-03-02T17:00:00+07:00', 0, '2026-03-03T07:00:00+07:00'],
    ['from lunch', '2026-03-02T12:00:00+07:00', 30, '2026-03-02T14:00:00+07:00'],
    ['over a weekend', '2026-03-06T16:00:00+07:00', 120, '2026-03-09T08:00:00+07:00'],
  ])('%s: %s + %i min → %s', (_case, from, minutes, expected) => {
    expect(vn(calendar.addWorkingMs(at(from), minutes * MINUTE_MS))).toBe(expected);
  });

  it('keeps seconds and milliseconds exactly', () => {
    // 09:12:31.417 + 150 min: 137 min 28.583 s to 11:30, then 12 min 31.417 s from 13:30.
    expect(calendar.addWorkingMs(at('2026-03-02T09:12:31.417+07:00'), 150 * MINUTE_MS).toISOString()).toBe(
      at('2026-03-02T13:42:31.417+07:00').toISOString(),
    );
    // 16:59:59.999 + 2 ms: 1 ms to 17:00, 1 ms after 07:00 the next day.
    expect(calendar.addWorkingMs(at('2026-03-02T16:59:59.999+07:00'), 2).toISOString()).toBe(at('2026-03-03T07:00:00.001+07:00').toISOString());
  });

  it('rejects a negative amount', () => {
    expect(() => calendar.addWorkingMs(at('2026-03-02T09:00:00+07:00'), -1)).toThrow(RangeError);
  });
});

describe('WorkingCalendar.appointment', () => {
  const wd = (amount: number): Duration => ({ unit: 'working_days', amount });
  const wh = (amount: number): Duration => ({ unit: 'working_hours', amount });
  const cd = (amount: number): Duration => ({ unit: 'calendar_days', amount });
  const sameDay: Duration = { unit: 'same_day', amount: 0 };

  it.each([
    // working_days: N × 480 working minutes from the normalised receipt
    ['1 WD from Monday 09:00 (docs/domain.md)', '2026-03-02T09:00:00+07:00', wd(1), '2026-03-03T09:00:00+07:00'],
    ['1 WD from Monday 07:00 (docs/domain.md)', '2026-03-02T07:00:00+07:00', wd(1), '2026-03-02T17:00:00+07:00'],
    ['1 WD received before opening', '2026-03-02T06:00:00+07:00', wd(1), '2026-03-02T17:00:00+07:00'],
    ['1 WD received after closing', '2026-03-02T17:30:00+07:00', wd(1), '2026-03-03T17:00:00+07:00'],
    ['1 WD received at lunch ends at 11:30', '2026-03-02T12:00:00+07:00', wd(1), '2026-03-03T11:30:00+07:00'],
    ['3 WD from Monday 07:00', '2026-03-02T07:00:00+07:00', wd(3), '2026-03-04T17:00:00+07:00'],
    ['3 WD from Thursday 10:00 over a weekend', '2026-03-05T10:00:00+07:00', wd(3), '2026-03-10T10:00:00+07:00'],
    ['15 WD from Monday 07:00', '2026-03-02T07:00:00+07:00', wd(15), '2026-03-20T17:00:00+07:00'],
    ['2 WD over two holidays and a weekend', '2026-04-29T10:00:00+07:00', wd(2), '2026-05-05T10:00:00+07:00'],
    ['1 WD into a swapped working Saturday', '2026-01-09T10:00:00+07:00', wd(1), '2026-01-10T10:00:00+07:00'],
    ['1 WD at year end', '2024-12-31T09:00:00+07:00', wd(1), '2025-01-02T09:00:00+07:00'],
    ['0 WD is the normalised receipt', '2026-03-06T18:00:00+07:00', wd(0), '2026-03-09T07:00:00+07:00'],
    // fractional working days: half a working day is 4 working hours
    ['0.5 WD from Monday 09:00: 150 min to 11:30, 90 min from 13:30', '2026-03-02T09:00:00+07:00', wd(0.5), '2026-03-02T15:00:00+07:00'],
    ['0.5 WD from Monday 07:00 ends at 11:00', '2026-03-02T07:00:00+07:00', wd(0.5), '2026-03-02T11:00:00+07:00'],
    ['1.5 WD from Monday 07:00: the day, then 4 h', '2026-03-02T07:00:00+07:00', wd(1.5), '2026-03-03T11:00:00+07:00'],
    ['0.5 WD from Friday 15:00: 2 h, the weekend, 2 h', '2026-03-06T15:00:00+07:00', wd(0.5), '2026-03-09T09:00:00+07:00'],
    // working_hours
    ['4 h from Monday 09:00 across lunch', '2026-03-02T09:00:00+07:00', wh(4), '2026-03-02T15:00:00+07:00'],
    ['2.5 h from 09:00 ends at 11:30', '2026-03-02T09:00:00+07:00', wh(2.5), '2026-03-02T11:30:00+07:00'],
    ['2 h from 16:00 across the night', '2026-03-02T16:00:00+07:00', wh(2), '2026-03-03T08:00:00+07:00'],
    ['8 h from 07:00 is the whole day', '2026-03-02T07:00:00+07:00', wh(8), '2026-03-02T17:00:00+07:00'],
    ['1 h from Friday 16:30 over the weekend', '2026-03-06T16:30:00+07:00', wh(1), '2026-03-09T07:30:00+07:00'],
    ['4.5 h from 08:00: 3.5 h to 11:30, 1 h from 13:30', '2026-03-02T08:00:00+07:00', wh(4.5), '2026-03-02T14:30:00+07:00'],
    ['4.5 h from 07:00 ends at 11:30', '2026-03-02T07:00:00+07:00', wh(4.5), '2026-03-02T11:30:00+07:00'],
    // calendar_days (Civil Code 2015, Art. 147–148): the actual receipt date + N, at 17:00,
    // moved to the next working day; the normalised instant plays no part
    ['Fri 11/12/2026 17:30 + 3 CD → Mon 14/12 17:00 (the rule\'s own example)', '2026-12-11T17:30:00+07:00', cd(3), '2026-12-14T17:00:00+07:00'],
    ['3 CD landing on a Thursday', '2026-03-02T09:00:00+07:00', cd(3), '2026-03-05T17:00:00+07:00'],
    ['3 CD landing on a Saturday', '2026-03-04T09:00:00+07:00', cd(3), '2026-03-09T17:00:00+07:00'],
    ['3 CD landing on a Sunday', '2026-03-05T09:00:00+07:00', cd(3), '2026-03-09T17:00:00+07:00'],
    ['1 CD from Monday 18:00 counts from Monday, not Tuesday', '2026-03-02T18:00:00+07:00', cd(1), '2026-03-03T17:00:00+07:00'],
    ['2 CD received on a Saturday: Monday', '2026-03-07T10:00:00+07:00', cd(2), '2026-03-09T17:00:00+07:00'],
    ['2 CD landing on a holiday', '2026-04-28T09:00:00+07:00', cd(2), '2026-05-04T17:00:00+07:00'],
    ['1 CD received 00:30 Vietnam time (17:30 UTC the day before)', '2026-03-01T17:30:00Z', cd(1), '2026-03-03T17:00:00+07:00'],
    // same_day: 17:00 today if received on a working day before 15:00, else next working day
    ['same day at 09:00', '2026-03-02T09:00:00+07:00', sameDay, '2026-03-02T17:00:00+07:00'],
    ['same day before opening', '2026-03-02T06:30:00+07:00', sameDay, '2026-03-02T17:00:00+07:00'],
    ['same day at lunch', '2026-03-02T12:00:00+07:00', sameDay, '2026-03-02T17:00:00+07:00'],
    ['same day at 14:59', '2026-03-02T14:59:00+07:00', sameDay, '2026-03-02T17:00:00+07:00'],
    ['same day exactly at 15:00', '2026-03-02T15:00:00+07:00', sameDay, '2026-03-03T17:00:00+07:00'],
    ['same day at 16:30', '2026-03-02T16:30:00+07:00', sameDay, '2026-03-03T17:00:00+07:00'],
    ['same day after closing', '2026-03-02T17:30:00+07:00', sameDay, '2026-03-03T17:00:00+07:00'],
    ['same day on Friday after 15:00', '2026-03-06T15:30:00+07:00', sameDay, '2026-03-09T17:00:00+07:00'],
    ['same day on a Saturday', '2026-03-07T09:00:00+07:00', sameDay, '2026-03-09T17:00:00+07:00'],
    ['same day on a holiday', '2026-04-30T09:00:00+07:00', sameDay, '2026-05-04T17:00:00+07:00'],
    ['same day on a swapped working Saturday', '2026-01-10T09:00:00+07:00', sameDay, '2026-01-10T17:00:00+07:00'],
  ])('%s: %s → %s', (_case, receivedAt, duration, expected) => {
    expect(vn(calendar.appointment(at(receivedAt), duration))).toBe(expected);
  });

  it.each([
    ['1 WD from Friday 09:00 ends Saturday 09:00', '2026-03-06T09:00:00+07:00', wd(1), '2026-03-07T09:00:00+07:00'],
    ['1 WD from Friday 14:00 runs through Saturday morning', '2026-03-06T14:00:00+07:00', wd(1), '2026-03-09T07:30:00+07:00'],
    ['same day on a Saturday morning', '2026-03-07T09:00:00+07:00', sameDay, '2026-03-09T17:00:00+07:00'],
  ])('with the Saturday-morning setting, %s', (_case, receivedAt, duration, expected) => {
    expect(vn(saturdayCalendar.appointment(at(receivedAt), duration))).toBe(expected);
  });

  it.each([
    ['1 WD before Tết 2026', '2026-02-13T10:00:00+07:00', wd(1), '2026-02-23T10:00:00+07:00'],
    ['1 WD into the swapped Saturday 10 Jan 2026', '2026-01-09T16:00:00+07:00', wd(1), '2026-01-10T16:00:00+07:00'],
    ['1 WD across new year 2027', '2026-12-31T16:00:00+07:00', wd(1), '2027-01-04T16:00:00+07:00'],
    ['same day on Giỗ Tổ compensation day', '2026-04-27T09:00:00+07:00', sameDay, '2026-04-28T17:00:00+07:00'],
  ])('with the seeded holidays, %s', (_case, receivedAt, duration, expected) => {
    expect(vn(officialCalendar.appointment(at(receivedAt), duration))).toBe(expected);
  });

  it('keeps the seconds and milliseconds of the receipt', () => {
    // 1 WD from 09:12:31.417 is the same instant the next working day.
    expect(calendar.appointment(at('2026-03-02T09:12:31.417+07:00'), wd(1)).toISOString()).toBe(at('2026-03-03T09:12:31.417+07:00').toISOString());
  });

  it('rejects negative, zero and fractional calendar amounts', () => {
    const monday = at('2026-03-02T09:00:00+07:00');
    expect(() => calendar.appointment(monday, wd(-1))).toThrow(RangeError);
    expect(() => calendar.appointment(monday, cd(1.5))).toThrow(RangeError);
    expect(() => calendar.appointment(monday, cd(0))).toThrow(RangeError);
  });
});

describe('WorkingCalendar.extendByPause and appointmentAfterSupplement', () => {
  it.each([
    // paused Mon 16:00 → Tue 10:00 = 60 + 180 = 240 min; Wed 17:00 + 240 → Thu 11:00
    ['paused across a night', '2026-03-04T17:00:00+07:00', '2026-03-02T16:00:00+07:00', '2026-03-03T10:00:00+07:00', '2026-03-05T11:00:00+07:00'],
    // paused Mon 11:00 → 14:00 = 30 + 30 = 60 min; Tue 11:00 + 60 → 14:00
    ['paused across lunch', '2026-03-03T11:00:00+07:00', '2026-03-02T11:00:00+07:00', '2026-03-02T14:00:00+07:00', '2026-03-03T14:00:00+07:00'],
    ['paused only outside working time keeps it', '2026-03-13T17:00:00+07:00', '2026-03-06T17:00:00+07:00', '2026-03-09T07:00:00+07:00', '2026-03-13T17:00:00+07:00'],
    ['arrival before the request keeps it', '2026-03-13T17:00:00+07:00', '2026-03-09T10:00:00+07:00', '2026-03-09T09:00:00+07:00', '2026-03-13T17:00:00+07:00'],
  ])('%s', (_case, appointmentAt, pausedFrom, pausedTo, expected) => {
    expect(vn(calendar.extendByPause(at(appointmentAt), at(pausedFrom), at(pausedTo)))).toBe(expected);
  });

  const duration: Duration = { unit: 'working_days', amount: 1 };
  it('pause mode adds the waiting time', () => {
    const result = calendar.appointmentAfterSupplement(
      'pause',
      at('2026-03-04T17:00:00+07:00'),
      at('2026-03-02T16:00:00+07:00'),
      at('2026-03-03T10:00:00+07:00'),
      duration,
    );
    expect(vn(result)).toBe('2026-03-05T11:00:00+07:00');
  });

  it('restart mode recomputes from the arrival with the full duration', () => {
    const result = calendar.appointmentAfterSupplement(
      'restart',
      at('2026-03-04T17:00:00+07:00'),
      at('2026-03-02T16:00:00+07:00'),
      at('2026-03-04T09:00:00+07:00'),
      duration,
    );
    expect(vn(result)).toBe('2026-03-05T09:00:00+07:00');
  });
});

describe('WorkingCalendar.classifyFinish', () => {
  it.each([
    ['the day before', '2026-03-03T16:00:00+07:00', '2026-03-04T17:00:00+07:00', 'early'],
    ['one second before the appointment day', '2026-03-03T23:59:59+07:00', '2026-03-04T17:00:00+07:00', 'early'],
    ['at the start of the appointment day', '2026-03-04T00:00:00+07:00', '2026-03-04T17:00:00+07:00', 'on_time'],
    ['UTC date before, Vietnam date on the day', '2026-03-03T17:30:00Z', '2026-03-04T17:00:00+07:00', 'on_time'],
    ['exactly at the appointment', '2026-03-04T17:00:00+07:00', '2026-03-04T17:00:00+07:00', 'on_time'],
    ['one second after', '2026-03-04T17:00:01+07:00', '2026-03-04T17:00:00+07:00', 'late'],
    ['the next morning', '2026-03-05T08:00:00+07:00', '2026-03-04T17:00:00+07:00', 'late'],
    ['same-day procedure finished the same morning', '2026-03-02T10:00:00+07:00', '2026-03-02T17:00:00+07:00', 'on_time'],
    ['same-day procedure finished after 17:00', '2026-03-02T17:30:00+07:00', '2026-03-02T17:00:00+07:00', 'late'],
    ['11:30 appointment, finished that morning', '2026-03-03T07:10:00+07:00', '2026-03-03T11:30:00+07:00', 'on_time'],
    ['11:30 appointment, finished 11:45', '2026-03-03T11:45:00+07:00', '2026-03-03T11:30:00+07:00', 'late'],
    ['11:30 appointment, finished the day before', '2026-03-02T16:00:00+07:00', '2026-03-03T11:30:00+07:00', 'early'],
  ] as const)('%s → %s', (_case, finishedAt, appointmentAt, expected) => {
    expect(calendar.classifyFinish(at(finishedAt), at(appointmentAt))).toBe(expected);
  });
});

describe('WorkingCalendar.dueState', () => {
  it.each([
    // appointment Wed 2026-03-04 17:00; due soon within 2 × 480 = 960 working minutes
    ['three working days left', '2026-03-02T07:00:00+07:00', '2026-03-04T17:00:00+07:00', 'normal'],
    ['961 minutes left', '2026-03-02T16:59:00+07:00', '2026-03-04T17:00:00+07:00', 'normal'],
    ['exactly two working days left', '2026-03-02T17:00:00+07:00', '2026-03-04T17:00:00+07:00', 'due_soon'],
    ['the day before', '2026-03-03T09:00:00+07:00', '2026-03-04T17:00:00+07:00', 'due_soon'],
    ['at the appointment instant', '2026-03-04T17:00:00+07:00', '2026-03-04T17:00:00+07:00', 'due_soon'],
    ['one second after', '2026-03-04T17:00:01+07:00', '2026-03-04T17:00:00+07:00', 'late'],
    ['the next morning', '2026-03-05T08:00:00+07:00', '2026-03-04T17:00:00+07:00', 'late'],
    // appointment Tue 2026-03-10 17:00: the weekend does not count
    ['Friday 17:00, two working days left', '2026-03-06T17:00:00+07:00', '2026-03-10T17:00:00+07:00', 'due_soon'],
    ['Friday 16:00, 1020 minutes left', '2026-03-06T16:00:00+07:00', '2026-03-10T17:00:00+07:00', 'normal'],
  ] as const)('%s → %s', (_case, now, appointmentAt, expected) => {
    expect(calendar.dueState(at(now), at(appointmentAt))).toBe(expected);
  });

  it('follows the dueSoonWorkingDays setting', () => {
    const oneDay = new WorkingCalendar({ ...defaultWorkingTimeSettings, dueSoonWorkingDays: 1 }, testDays);
    const appointmentAt = at('2026-03-04T17:00:00+07:00');
    expect(oneDay.dueState(at('2026-03-03T12:00:00+07:00'), appointmentAt)).toBe('normal'); // 210 + 480
    expect(oneDay.dueState(at('2026-03-03T17:00:00+07:00'), appointmentAt)).toBe('due_soon'); // 480
  });
});

describe('WorkingCalendar.workingMsBetween', () => {
  it.each([
    ['within the morning', '2026-03-02T09:00:00+07:00', '2026-03-02T11:00:00+07:00', 120],
    ['across lunch', '2026-03-02T11:00:00+07:00', '2026-03-02T14:00:00+07:00', 60],
    ['inside lunch', '2026-03-02T12:00:00+07:00', '2026-03-02T13:00:00+07:00', 0],
    ['a whole day', '2026-03-02T07:00:00+07:00', '2026-03-02T17:00:00+07:00', 480],
    ['across a night', '2026-03-02T16:00:00+07:00', '2026-03-03T08:00:00+07:00', 120],
    ['across a weekend', '2026-03-06T16:00:00+07:00', '2026-03-09T08:00:00+07:00', 120],
    ['a whole week', '2026-03-02T07:00:00+07:00', '2026-03-09T07:00:00+07:00', 2400],
    ['across two holidays', '2026-04-29T07:00:00+07:00', '2026-05-04T07:00:00+07:00', 480],
    ['including a swapped working Saturday', '2026-01-09T17:00:00+07:00', '2026-01-12T07:00:00+07:00', 480],
    ['half a minute', '2026-03-02T09:00:00+07:00', '2026-03-02T09:00:30+07:00', 0.5],
    ['equal instants', '2026-03-02T09:00:00+07:00', '2026-03-02T09:00:00+07:00', 0],
    ['reversed instants', '2026-03-03T09:00:00+07:00', '2026-03-02T09:00:00+07:00', 0],
  ])('%s: %s → %s = %s min', (_case, from, to, expected) => {
    expect(calendar.workingMsBetween(at(from), at(to))).toBe(expected * MINUTE_MS);
  });

  it('counts the Saturday morning when the setting is on', () => {
    expect(saturdayCalendar.workingMsBetween(at('2026-03-06T17:00:00+07:00'), at('2026-03-09T07:00:00+07:00'))).toBe(270 * MINUTE_MS);
  });
});

describe('WorkingCalendar.isWorkingInstant', () => {
  it.each([
    ['opening', '2026-03-02T07:00:00+07:00', true],
    ['a morning instant with milliseconds', '2026-03-02T09:12:31.417+07:00', true],
    ['11:30, the end of the morning', '2026-03-02T11:30:00+07:00', true],
    ['lunch', '2026-03-02T12:00:00+07:00', false],
    ['17:00, closing', '2026-03-02T17:00:00+07:00', true],
    ['one millisecond after closing', '2026-03-02T17:00:00.001+07:00', false],
    ['a Saturday morning', '2026-03-07T09:00:00+07:00', false],
    ['a holiday', '2026-04-30T09:00:00+07:00', false],
    ['a swapped working Saturday', '2026-01-10T09:00:00+07:00', true],
  ] as const)('%s → %s', (_case, instant, expected) => {
    expect(calendar.isWorkingInstant(at(instant))).toBe(expected);
  });

  it('counts a Saturday morning with the setting on', () => {
    expect(saturdayCalendar.isWorkingInstant(at('2026-03-07T09:00:00+07:00'))).toBe(true);
    expect(saturdayCalendar.isWorkingInstant(at('2026-03-07T14:00:00+07:00'))).toBe(false);
  });
});

describe('WorkingCalendar.localDate', () => {
  it.each([
    ['2026-03-01T17:00:00Z', '2026-03-02'],
    ['2026-03-01T16:59:59Z', '2026-03-01'],
    ['2026-12-31T23:59:59+07:00', '2026-12-31'],
  ])('%s → %s', (instant, expected) => {
    expect(calendar.localDate(at(instant))).toBe(expected);
  });
});

describe('configured office hours', () => {
  // 08:00–12:00 and 13:00–16:00: a working day is 240 + 180 = 420 minutes; cut-off 14:00
  const settings: WorkingTimeSettings = {
    ...defaultWorkingTimeSettings,
    week: uniformWeek({ morning: { start: '08:00', end: '12:00' }, afternoon: { start: '13:00', end: '16:00' } }),
    sameDayCutoff: '14:00',
  };
  const withMonday = (monday: WorkingTimeSettings['week']['monday']): WorkingTimeSettings => ({ ...settings, week: { ...settings.week, monday } });
  const custom = new WorkingCalendar(settings, testDays);

  it.each([
    ['1 WD from opening is the whole day', '2026-03-02T08:00:00+07:00', { unit: 'working_days', amount: 1 }, '2026-03-02T16:00:00+07:00'],
    ['1 WD from 10:00', '2026-03-02T10:00:00+07:00', { unit: 'working_days', amount: 1 }, '2026-03-03T10:00:00+07:00'],
    ['same day before the cut-off', '2026-03-02T13:59:00+07:00', { unit: 'same_day', amount: 0 }, '2026-03-02T16:00:00+07:00'],
    ['same day after the cut-off', '2026-03-02T14:30:00+07:00', { unit: 'same_day', amount: 0 }, '2026-03-03T16:00:00+07:00'],
    ['calendar days close at afternoonEnd', '2026-03-02T09:00:00+07:00', { unit: 'calendar_days', amount: 2 }, '2026-03-04T16:00:00+07:00'],
  ] as const)('%s', (_case, receivedAt, duration, expected) => {
    expect(vn(custom.appointment(at(receivedAt), duration))).toBe(expected);
  });

  it('derives the day length from the hours', () => {
    expect(custom.workingDayMs).toBe(420 * MINUTE_MS);
    expect(calendar.workingDayMs).toBe(480 * MINUTE_MS);
  });

  it('rejects inconsistent hours and malformed times', () => {
    expect(() => new WorkingCalendar(withMonday({ morning: { start: '08:00', end: '07:00' }, afternoon: null }), [])).toThrow(RangeError);
    expect(() => new WorkingCalendar(withMonday({ morning: { start: '08:00', end: '12:00' }, afternoon: { start: '11:00', end: '16:00' } }), [])).toThrow(RangeError);
    expect(() => new WorkingCalendar(withMonday({ morning: { start: '8:00', end: '12:00' }, afternoon: null }), [])).toThrow(RangeError);
    expect(() => new WorkingCalendar({ ...settings, sameDayCutoff: '3pm' }, [])).toThrow(RangeError);
  });

  it('rejects a calendar row with an invalid date', () => {
    expect(() => new WorkingCalendar(settings, [{ date: '2026-13-01', kind: 'holiday', name: 'x' }])).toThrow(RangeError);
  });
});

describe('seeded public holidays', () => {
  it('has unique, valid dates', () => {
    const dates = publicHolidays.map((day) => day.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect(() => new WorkingCalendar(defaultWorkingTimeSettings, publicHolidays)).not.toThrow();
  });

  it.each([
    ['2026-01-02', false],
    ['2026-01-10', true],
    ['2026-02-16', false],
    ['2026-02-20', false],
    ['2026-02-23', true],
    ['2026-04-27', false],
    ['2026-09-02', false],
    ['2027-05-03', false],
  ])('%s is a working day: %s', (date, expected) => {
    expect(officialCalendar.isWorkingDay(date)).toBe(expected);
  });
});

describe('office hours per weekday', () => {
  // Monday to Thursday 07:00–11:30 / 13:30–17:00 (8 h); Friday closes at 16:00 (7 h);
  // Saturday morning 07:30–11:00 (3.5 h) counts as working time but is no working day.
  const week = {
    ...uniformWeek(defaultOfficeHours),
    friday: { morning: { start: '07:00', end: '11:30' }, afternoon: { start: '13:30', end: '16:00' } },
    saturday: { morning: { start: '07:30', end: '11:00' }, afternoon: null },
  };
  const perDay = new WorkingCalendar({ ...defaultWorkingTimeSettings, week }, testDays);

  it('keeps the standard day (the longest from Monday to Friday) as the length of a working day', () => {
    expect(perDay.workingDayMs).toBe(480 * MINUTE_MS);
    expect(perDay.standardHours).toEqual(defaultOfficeHours);
  });

  it.each([
    // Fri 15:00 + 2 h: 1 h left on Friday (to 16:00), 1 h on Saturday morning from 07:30.
    ['working hours run into Saturday morning', '2026-03-06T15:00:00+07:00', { unit: 'working_hours', amount: 2 }, '2026-03-07T08:30:00+07:00'],
    // Fri 09:00 + 1 WD (8 h): Friday gives 2.5 + 2.5 = 5 h, Saturday 3.5 h: 8 h reached Sat 10:30.
    ['a working day from Friday morning ends on Saturday morning', '2026-03-06T09:00:00+07:00', { unit: 'working_days', amount: 1 }, '2026-03-07T10:30:00+07:00'],
    // Same day on Friday closes at Friday's closing time.
    ['same day on Friday closes at 16:00', '2026-03-06T10:00:00+07:00', { unit: 'same_day', amount: 0 }, '2026-03-06T16:00:00+07:00'],
    // Thu + 1 calendar day = Friday, which closes at 16:00.
    ['calendar days end at that day’s closing time', '2026-03-05T10:00:00+07:00', { unit: 'calendar_days', amount: 1 }, '2026-03-06T16:00:00+07:00'],
    // Fri + 1 calendar day = Saturday: morning only, so not a working day → Monday 17:00.
    ['a calendar-day deadline skips a morning-only Saturday', '2026-03-06T10:00:00+07:00', { unit: 'calendar_days', amount: 1 }, '2026-03-09T17:00:00+07:00'],
    // Received Saturday 09:00 for the same day: not a working day → Monday's closing time.
    ['same day received on Saturday morning → Monday', '2026-03-07T09:00:00+07:00', { unit: 'same_day', amount: 0 }, '2026-03-09T17:00:00+07:00'],
  ] as const)('%s', (_case, receivedAt, duration, expected) => {
    expect(vn(perDay.appointment(at(receivedAt), duration))).toBe(expected);
  });

  it('opens at each day’s own hours', () => {
    expect(vn(perDay.normalizeReceipt(at('2026-03-07T07:10:00+07:00')))).toBe('2026-03-07T07:30:00+07:00');
    expect(vn(perDay.normalizeReceipt(at('2026-03-06T16:30:00+07:00')))).toBe('2026-03-07T07:30:00+07:00');
    expect(perDay.isWorkingInstant(at('2026-03-06T16:30:00+07:00'))).toBe(false);
    expect(perDay.isWorkingInstant(at('2026-03-05T16:30:00+07:00'))).toBe(true);
  });

  it('gives a swapped working Saturday the standard day’s hours, and a holiday none', () => {
    expect(perDay.hoursOn('2026-01-10')).toEqual(defaultOfficeHours);
    expect(perDay.isWorkingDay('2026-01-10')).toBe(true);
    expect(vn(perDay.appointment(at('2026-01-10T16:00:00+07:00'), { unit: 'same_day', amount: 0 }))).toBe('2026-01-12T17:00:00+07:00');
    expect(perDay.hoursOn('2027-05-01')).toEqual({ morning: null, afternoon: null });
    expect(perDay.isWorkingInstant(at('2027-05-01T09:00:00+07:00'))).toBe(false);
  });

  it('picks the longest weekday as the standard day', () => {
    const longTuesday = new WorkingCalendar(
      { ...defaultWorkingTimeSettings, week: { ...week, tuesday: { morning: { start: '07:00', end: '12:00' }, afternoon: { start: '13:00', end: '17:00' } } } },
      [],
    );
    expect(longTuesday.workingDayMs).toBe(540 * MINUTE_MS);
  });

  it('names every problem with its path', () => {
    const closedWeek = { ...defaultWorkingTimeSettings, week: uniformWeek(defaultOfficeHours) };
    for (const day of ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const) closedWeek.week[day] = { morning: { start: '07:00', end: '11:30' }, afternoon: null };
    expect(workingTimeProblems(closedWeek)).toEqual([{ path: 'week', problem: 'no_standard_day' }]);
    expect(() => new WorkingCalendar(closedWeek, [])).toThrow(RangeError);
    expect(
      workingTimeProblems({
        ...defaultWorkingTimeSettings,
        week: { ...week, monday: { morning: { start: '07:00', end: '12:00' }, afternoon: { start: '11:00', end: '10:00' } } },
        sameDayCutoff: '25:00',
      }),
    ).toEqual([
      { path: 'week.monday.afternoon.end', problem: 'period_empty' },
      { path: 'sameDayCutoff', problem: 'time_invalid' },
    ]);
  });
});
