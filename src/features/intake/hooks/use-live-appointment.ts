import { useDebouncedValue } from '@mantine/hooks';
import type { Procedure } from '../../../domain/schemas/catalogue.ts';
import { useAppointment } from '../api/get-appointment.ts';
import { useMinuteClock } from './use-minute-clock.ts';

/**
 * The appointment a dossier of `procedure` would get if received now: asked of the API
 * (the calendar and settings live in the database) and asked again each minute.
 */
export function useLiveAppointment(procedure: Procedure | undefined) {
  const now = useMinuteClock();
  // Arrowing through the picker's options must not fire a request per option.
  const [procedureCode] = useDebouncedValue(procedure?.code ?? null, 250);
  const query = useAppointment(procedureCode, now.toISOString());
  const current = procedure !== undefined && procedureCode === procedure.code;
  return {
    now,
    /** Undefined while computing, or when no procedure is chosen. */
    appointmentAt: current ? query.data?.appointmentAt : undefined,
    error: current && query.isError ? query.error : null,
  };
}
