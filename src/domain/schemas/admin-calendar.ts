import { z } from 'zod';
import { messageCode } from '../messages.ts';
import { LocalDate, requiredText, RowVersion, Uuid } from './common.ts';

export const calendarDayKinds = ['holiday', 'working_day'] as const;

export const CalendarDayInput = z.object({
  date: LocalDate,
  kind: z.enum(calendarDayKinds),
  name: requiredText('calendar_name_required', 200),
});
export type CalendarDayInput = z.infer<typeof CalendarDayInput>;

export const CalendarDayUpdate = CalendarDayInput.omit({ date: true }).extend({ version: RowVersion });

/** Several days at once (a pasted list, or next year's notice): all are added or none. */
export const CalendarDaysCreate = z.object({ days: z.array(CalendarDayInput).min(1, messageCode('calendar_paste_empty')).max(100) });

export const AdminCalendarDay = CalendarDayInput.extend({ version: z.number().int() });
export type AdminCalendarDay = z.infer<typeof AdminCalendarDay>;

export const CalendarYearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

/** An open dossier due on a day that has just become a holiday (its appointment does not move). */
export const DossierOnHoliday = z.object({
  id: Uuid,
  code: z.string(),
  date: LocalDate,
  appointmentAt: z.iso.datetime({ offset: true }),
  procedureName: z.string(),
  applicantName: z.string(),
  holderName: z.string(),
});
export type DossierOnHoliday = z.infer<typeof DossierOnHoliday>;

export const CalendarYear = z.object({
  year: z.number().int(),
  days: z.array(AdminCalendarDay),
  /** Open dossiers whose appointment falls on one of the year's holidays. */
  dossiersOnHolidays: z.array(DossierOnHoliday),
});
export type CalendarYear = z.infer<typeof CalendarYear>;

export const CalendarChange = z.object({
  days: z.array(AdminCalendarDay),
  dossiersOnHolidays: z.array(DossierOnHoliday),
});
