import type { CalendarDay } from './working-time.ts';

/**
 * Seed for the holiday calendar: Vietnamese public holidays (Labour Code 2019, Art. 112)
 * for 2026 and 2027, days off given in compensation, and swapped working days.
 *
 * The government fixes the exact Tết and National Day days and any swaps each year, so
 * this is only a seed: an administrator edits the calendar table when the official notice
 * comes out. A holiday that falls on a weekly rest day is compensated on the next working
 * day (Art. 111-112). Holidays falling on a weekend are listed for their name; only the
 * weekdays change the working time.
 *
 * 2026 follows the announced schedule: 1 Jan plus 2 Jan off, worked back on Saturday
 * 10 Jan (VPCP 12729/VPCP-KGVX); Tết 16–20 Feb (9 days off with the weekends).
 * The adjacent National Day day (1 Sep 2026) and all of 2027 are provisional: 2027's Tết
 * assumes the eve (29 Tết, 5 Feb) plus the first four days, and 3 Sep as the adjacent day.
 */
export const publicHolidays: CalendarDay[] = [
  // 2026
  { date: '2026-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
  { date: '2026-01-02', kind: 'holiday', name: 'Nghỉ Tết Dương lịch (hoán đổi, làm bù thứ Bảy 10/01)' },
  { date: '2026-01-10', kind: 'working_day', name: 'Làm bù cho ngày nghỉ 02/01' },
  { date: '2026-02-16', kind: 'holiday', name: 'Tết Nguyên đán' },
  { date: '2026-02-17', kind: 'holiday', name: 'Tết Nguyên đán' },
  { date: '2026-02-18', kind: 'holiday', name: 'Tết Nguyên đán' },
  { date: '2026-02-19', kind: 'holiday', name: 'Tết Nguyên đán' },
  { date: '2026-02-20', kind: 'holiday', name: 'Tết Nguyên đán' },
  { date: '2026-04-26', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương' },
  { date: '2026-04-27', kind: 'holiday', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
  { date: '2026-04-30', kind: 'holiday', name: 'Ngày Chiến thắng' },
  { date: '2026-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động' },
  { date: '2026-09-01', kind: 'holiday', name: 'Quốc khánh' },
  { date: '2026-09-02', kind: 'holiday', name: 'Quốc khánh' },

  // 2027 (provisional until the government's notice)
  { date: '2027-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
  { date: '2027-02-05', kind: 'holiday', name: 'Tết Nguyên đán' },
  { date: '2027-02-06', kind: 'holiday', name: 'Tết Nguyên đán' },
  { date: '2027-02-07', kind: 'holiday', name: 'Tết Nguyên đán' },
  { date: '2027-02-08', kind: 'holiday', name: 'Tết Nguyên đán' },
  { date: '2027-02-09', kind: 'holiday', name: 'Tết Nguyên đán' },
  { date: '2027-02-10', kind: 'holiday', name: 'Nghỉ bù Tết Nguyên đán' },
  { date: '2027-02-11', kind: 'holiday', name: 'Nghỉ bù Tết Nguyên đán' },
  { date: '2027-04-16', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương' },
  { date: '2027-04-30', kind: 'holiday', name: 'Ngày Chiến thắng' },
  { date: '2027-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động' },
  { date: '2027-05-03', kind: 'holiday', name: 'Nghỉ bù Ngày Quốc tế Lao động' },
  { date: '2027-09-02', kind: 'holiday', name: 'Quốc khánh' },
  { date: '2027-09-03', kind: 'holiday', name: 'Quốc khánh' },
];
