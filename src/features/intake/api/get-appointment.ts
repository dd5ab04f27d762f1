import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AppointmentResponse } from '../../../domain/schemas/catalogue.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { intakeKeys } from './intake-keys.ts';

type Appointment = z.infer<typeof AppointmentResponse>;

export function getAppointment(procedureCode: string, receivedAt: string, signal?: AbortSignal): Promise<Appointment> {
  return apiFetch<Appointment>('/appointment', { query: { receivedAt, procedure: procedureCode }, signal });
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
