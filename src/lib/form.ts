import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldValues, type Path, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { isApiError } from './api-client.ts';
import { i18n } from '../i18n/i18n.ts';

/** Where a message that belongs to no single field goes; show it above the submit button. */
export const formErrorKey = 'root.server';

/**
 * The one form helper: react-hook-form validated by the same zod schema the API uses, so a
 * form can never accept what the server rejects. Always pass `defaultValues` for every
 * field: `applyApiError` uses them to know which fields the form has.
 */
export function useZodForm<Schema extends z.ZodType<FieldValues, FieldValues>>(
  schema: Schema,
  options: Omit<UseFormProps<z.input<Schema>, unknown, z.output<Schema>>, 'resolver'> = {},
): UseFormReturn<z.input<Schema>, unknown, z.output<Schema>> {
  return useForm<z.input<Schema>, unknown, z.output<Schema>>({ mode: 'onTouched', ...options, resolver: zodResolver(schema) });
}

/**
 * Shows a failed submit on the form: each `ApiError.fields` entry the form has becomes
 * that field's error (the first one gets focus); anything else — a message without
 * fields, a field the form does not show, a network failure — becomes the form's own
 * error under `root.server`.
 */
export function applyApiError<Input extends FieldValues, Output extends FieldValues>(
  form: UseFormReturn<Input, unknown, Output>,
  error: unknown,
): void {
  if (!isApiError(error)) {
    form.setError(formErrorKey, { type: 'server', message: i18n.t('common.unknownError') });
    return;
  }
  let focused = false;
  let unmatched = false;
  for (const [path, message] of Object.entries(error.fields)) {
    const field = path as Path<Input>;
    if (form.getValues(field) === undefined) {
      unmatched = true;
      continue;
    }
    form.setError(field, { type: 'server', message }, { shouldFocus: !focused });
    focused = true;
  }
  if (!focused || unmatched) form.setError(formErrorKey, { type: 'server', message: error.message });
}
