import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { IntakeSlipRequest } from '../../../domain/schemas/intake.ts';
import { api, dataOf } from '../../../lib/api-client.ts';

/** POST /api/intake-slips: the numbered slip, ready to print. */
export function createIntakeSlip(request: z.output<typeof IntakeSlipRequest>) {
  return dataOf(api.POST('/api/intake-slips', { body: request }));
}

/** POST /api/intake-slips: the guidance (02) or refusal (03) given to a walk-in; no dossier is created. */
export function useCreateIntakeSlip() {
  return useMutation({ mutationFn: createIntakeSlip });
}
