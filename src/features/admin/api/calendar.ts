import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdminCalendarDay, CalendarDayInput, CalendarYear, DossierOnHoliday } from '../../../domain/schemas/admin-calendar.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { adminKeys } from './admin-keys.ts';

export interface CalendarChange {
  days: AdminCalendarDay[];
  dossiersOnHolidays: DossierOnHoliday[];
}

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: adminKeys.calendar(year),
    queryFn: ({ signal }) => apiFetch<CalendarYear>('/admin/calendar', { query: { year }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** After a calendar change every appointment computed from now on differs: refresh it all. */
function useCalendarChanged() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
}

export function useAddCalendarDays() {
  const changed = useCalendarChanged();
  return useMutation({
    mutationFn: (days: CalendarDayInput[]) => apiFetch<CalendarChange>('/admin/calendar', { method: 'POST', body: { days } }),
    onSuccess: changed,
  });
}

export function useUpdateCalendarDay() {
  const changed = useCalendarChanged();
  return useMutation({
    mutationFn: ({ date, ...body }: { date: string; kind: AdminCalendarDay['kind']; name: string; version: number }) =>
      apiFetch<CalendarChange>(`/admin/calendar/${date}`, { method: 'PUT', body }),
    onSuccess: changed,
  });
}

export function useDeleteCalendarDay() {
  const changed = useCalendarChanged();
  return useMutation({
    mutationFn: (day: Pick<AdminCalendarDay, 'date' | 'version'>) => apiFetch<void>(`/admin/calendar/${day.date}`, { method: 'DELETE', query: { version: day.version } }),
    onSuccess: changed,
  });
}
