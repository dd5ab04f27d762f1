import { IntakeSlipRequest } from '../../../domain/schemas/intake.ts';
import type { IntakeFormValues } from './intake-form-values.ts';

/** What a guidance or refusal slip takes from the intake form: the procedure and the applicant. */
export interface SlipBase {
  procedureId: string;
  applicant: IntakeFormValues['applicant'];
}

/**
 * The POST /api/intake-slips body, checked by the API's own schema. A failure here means
 * the intake form changed under the dialog; its first message is shown on the form.
 */
export function buildSlipRequest(
  base: SlipBase,
  slip: { kind: 'guidance'; items: { name: string; note?: string }[]; reason: string } | { kind: 'refusal'; reason: string },
) {
  return IntakeSlipRequest.safeParse({ ...base, ...slip });
}
