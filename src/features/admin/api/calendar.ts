import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdminCalendarDay, CalendarDayInput } from '../../../domain/schemas/admin-calendar.ts';
import { api, dataOf } from '../../../lib/api-client.ts';
import { adminKeys } from './admin-keys.ts';

/** GET /api/admin/calendar?year=: the year's days and the open dossiers due on its holidays. */
export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: adminKeys.calendar(year),
    queryFn: ({ signal }) => dataOf(api.GET('/api/admin/calendar', { params: { query: { year } }, signal })),
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
    mutationFn: (days: CalendarDayInput[]) => dataOf(api.POST('/api/admin/calendar', { body: { days } })),
    onSuccess: changed,
  });
}

export function useUpdateCalendarDay() {
  const changed = useCalendarChanged();
  return useMutation({
    mutationFn: ({ date, ...body }: { date: string; kind: AdminCalendarDay['kind']; name: string; version: number }) =>
      dataOf(api.PUT('/api/admin/calendar/{date}', { params: { path: { date } }, body })),
    onSuccess: changed,
  });
}

export function useDeleteCalendarDay() {
  const changed = useCalendarChanged();
  return useMutation({
    mutationFn: async (day: { date: string; version: number }) => {
      await api.DELETE('/api/admin/calendar/{date}', { params: { path: { date: day.date }, query: { version: day.version } } });
    },
    onSuccess: changed,
  });
}
