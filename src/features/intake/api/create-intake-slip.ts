import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { IntakeSlipRequest } from '../../../domain/schemas/intake.ts';
import { apiFetch } from '../../../lib/api-client.ts';

/**
 * What the intake screen needs of the created slip (the print view reads the whole slip).
 * The full schema is declared in the API route, not in src/domain, so only the id and
 * number are relied on here.
 */
export interface CreatedIntakeSlip {
  id: string;
  number: string;
}

export function createIntakeSlip(request: z.output<typeof IntakeSlipRequest>): Promise<CreatedIntakeSlip> {
  return apiFetch<CreatedIntakeSlip>('/intake-slips', { method: 'POST', body: request });
}

/** POST /api/intake-slips: the guidance (02) or refusal (03) given to a walk-in; no dossier is created. */
export function useCreateIntakeSlip() {
  return useMutation({ mutationFn: createIntakeSlip });
}
