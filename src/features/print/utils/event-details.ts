import { z } from '../../../domain/schemas/zod-locale.ts';
import type { DossierEvent } from '../../../domain/schemas/dossier.ts';

const SupplementDetails = z.object({
  items: z.array(z.object({ name: z.string(), note: z.string().catch('') })).catch([]),
  reason: z.string().optional().catch(undefined),
  /** `deadline` is what the API writes; `supplementDeadlineAt` what older records carry. */
  deadline: z.string().optional().catch(undefined),
  supplementDeadlineAt: z.string().optional().catch(undefined),
});

/** Form 02 from a completion or supplement request event: what to add, why, by when. */
export function supplementDetails(event: DossierEvent) {
  const details = SupplementDetails.parse(event.details);
  return {
    items: details.items,
    reason: details.reason || event.note,
    deadline: details.deadline ?? details.supplementDeadlineAt ?? null,
  };
}

const ApologyDetails = z.object({
  /** The appointment given at receipt (written since apologies record it). */
  originalAppointmentAt: z.string().optional().catch(undefined),
  previousAppointmentAt: z.string().optional().catch(undefined),
  newAppointmentAt: z.string().optional().catch(undefined),
});

/**
 * Form 04 from an apology event: the original appointment (the one given at receipt, also
 * on a second apology) and the new one.
 */
export function apologyDetails(event: DossierEvent, dossier: { originalAppointmentAt: string | null }) {
  const details = ApologyDetails.parse(event.details);
  return {
    originalAppointmentAt: details.originalAppointmentAt ?? dossier.originalAppointmentAt ?? details.previousAppointmentAt ?? null,
    newAppointmentAt: details.newAppointmentAt ?? null,
  };
}

/** The latest event of one of these actions, or undefined. */
export function latestEvent(events: readonly DossierEvent[], actions: readonly DossierEvent['action'][]): DossierEvent | undefined {
  return [...events].sort((a, b) => b.seq - a.seq).find((event) => actions.includes(event.action));
}
