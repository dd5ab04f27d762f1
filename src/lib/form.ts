import { toNestErrors } from '@hookform/resolvers';
import { useEffect, useMemo, useState } from 'react';
import {
  useForm,
  type FieldError,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormProps,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import { issueMessage } from '../domain/schemas/zod-messages.ts';
import { i18n } from '../i18n/i18n.ts';
import { translateMessage, type ReceivedMessage } from '../i18n/translate-message.ts';
import { isApiError } from './api-client.ts';

/** Where a message that belongs to no single field goes; show it above the submit button. */
export const formErrorKey = 'root.server';

/**
 * The messages a form is showing, by the text shown: how its errors follow a language
 * switch (the text is looked up and translated again). One per form, found by its control.
 */
type ShownMessages = Map<string, ReceivedMessage>;
const shownByForm = new WeakMap<object, ShownMessages>();

function show(shown: ShownMessages | undefined, message: ReceivedMessage): string {
  const text = translateMessage(message);
  shown?.set(text, message);
  return text;
}

/**
 * Validates with the shared zod schema and shows each field's first issue as a message in
 * the UI's language (zod's messages are codes, see `src/domain/messages.ts`).
 */
function messageResolver<Schema extends z.ZodType<FieldValues, FieldValues>>(
  schema: Schema,
  shown: ShownMessages,
): Resolver<z.input<Schema>, unknown, z.output<Schema>> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      if (!errors[path]) errors[path] = { type: issue.code, message: show(shown, issueMessage(issue)) };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}

/** Every error in the form's error tree with its path (`applicant.name`, `items.root`, `root.server`). */
function shownErrors(tree: object, prefix = '', found: [string, FieldError][] = []): [string, FieldError][] {
  for (const [key, value] of Object.entries(tree)) {
    if (key === 'ref' || key === 'types' || typeof value !== 'object' || value === null) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const error = value as Partial<FieldError>;
    if (typeof error.message === 'string') found.push([path, { type: error.type ?? 'server', message: error.message }]);
    shownErrors(value, path, found);
  }
  return found;
}

/**
 * The one form helper: react-hook-form validated by the same zod schema the API uses, so a
 * form can never accept what the server rejects. Its messages, and the API's
 * (`applyApiError`), are in the UI's language and change with it. Always pass
 * `defaultValues` for every field: `applyApiError` uses them to know which fields the form has.
 */
export function useZodForm<Schema extends z.ZodType<FieldValues, FieldValues>>(
  schema: Schema,
  options: Omit<UseFormProps<z.input<Schema>, unknown, z.output<Schema>>, 'resolver'> = {},
): UseFormReturn<z.input<Schema>, unknown, z.output<Schema>> {
  const [shown] = useState<ShownMessages>(() => new Map());
  const resolver = useMemo(() => messageResolver(schema, shown), [schema, shown]);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({ mode: 'onTouched', ...options, resolver });
  shownByForm.set(form.control, shown);
  useEffect(() => {
    const translateShown = () => {
      for (const [path, error] of shownErrors(form.formState.errors)) {
        const message = error.message === undefined ? undefined : shown.get(error.message);
        if (message) form.setError(path as Path<z.input<Schema>>, { type: error.type, message: show(shown, message) });
      }
    };
    i18n.on('languageChanged', translateShown);
    return () => i18n.off('languageChanged', translateShown);
  }, [form, shown]);
  return form;
}

/**
 * Shows a zod failure found outside the resolver (a request built from more than this
 * form) as the form's own message above the submit button: its first issue.
 */
export function applyValidationError<Input extends FieldValues, Output extends FieldValues>(
  form: UseFormReturn<Input, unknown, Output>,
  error: z.ZodError,
): void {
  const [issue] = error.issues;
  const message = issue ? show(shownByForm.get(form.control), issueMessage(issue)) : i18n.t('common.unknownError');
  form.setError(formErrorKey, { type: 'client', message });
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
  const shown = shownByForm.get(form.control);
  let focused = false;
  let unmatched = false;
  for (const [path, message] of Object.entries(error.fields)) {
    const field = path as Path<Input>;
    if (form.getValues(field) === undefined) {
      unmatched = true;
      continue;
    }
    form.setError(field, { type: 'server', message: show(shown, message) }, { shouldFocus: !focused });
    focused = true;
  }
  if (!focused || unmatched) form.setError(formErrorKey, { type: 'server', message: show(shown, error.detail) });
}
