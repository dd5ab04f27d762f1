import type { FormEvent } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyApiError, applyValidationError } from '../../../lib/form.ts';
import { useCreateIntakeSlip } from '../api/create-intake-slip.ts';
import { buildSlipRequest, type SlipBase } from '../utils/slip-request.ts';

type Slip = Parameters<typeof buildSlipRequest>[1];

/**
 * The submit of a walk-in's slip dialog (guidance 02, refusal 03): the slip built from the
 * intake form's procedure and applicant and this form's values, created, then handed to
 * `onCreated` (which opens it for printing). Returns what the dialog's `DialogForm` needs.
 */
export function useSlipSubmit<Input extends FieldValues, Output extends FieldValues>(
  form: UseFormReturn<Input, unknown, Output>,
  base: SlipBase,
  toSlip: (values: Output) => Slip,
  onCreated: (slipId: string) => void,
) {
  const { t } = useTranslation();
  const createSlip = useCreateIntakeSlip();
  const submit = form.handleSubmit((values) => {
    const request = buildSlipRequest(base, toSlip(values));
    if (!request.success) {
      applyValidationError(form, request.error);
      return;
    }
    createSlip.mutate(request.data, {
      onSuccess: (slip) => onCreated(slip.id),
      onError: (error) => applyApiError(form, error),
    });
  });
  return {
    onSubmit: (event: FormEvent<HTMLFormElement>) => void submit(event),
    pending: createSlip.isPending,
    error: form.formState.errors.root?.server?.message,
    errorTitle: t('intake.slipFailed'),
    dirty: form.formState.isDirty,
  };
}
