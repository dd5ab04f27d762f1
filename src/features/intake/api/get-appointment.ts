import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client.ts';
import { intakeKeys } from './intake-keys.ts';

/** GET /api/appointment for a procedure and a receipt instant. */
export function getAppointment(procedureCode: string, receivedAt: string, signal?: AbortSignal) {
  return dataOf(api.GET('/api/appointment', { params: { query: { receivedAt, procedure: procedureCode } }, signal }));
}

export function appointmentQueryOptions(procedureCode: string, receivedAt: string) {
  return queryOptions({
    queryKey: intakeKeys.appointment(procedureCode, receivedAt),
    queryFn: ({ signal }) => getAppointment(procedureCode, receivedAt, signal),
    // The answer for a given instant never changes (short of a calendar edit).
    staleTime: 5 * 60_000,
    // Each minute asks again: keep the previous date on screen meanwhile.
    placeholderData: keepPreviousData,
  });
}

/**
 * The appointment (ngày hẹn trả) a dossier of this procedure would get if received at
 * `receivedAt`, computed by the API from the calendar and settings in the database.
 */
export function useAppointment(procedureCode: string | null, receivedAt: string) {
  return useQuery({ ...appointmentQueryOptions(procedureCode ?? '', receivedAt), enabled: procedureCode !== null });
}
