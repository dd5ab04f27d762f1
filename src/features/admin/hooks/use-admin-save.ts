import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { isApiError } from '../../../lib/api-client.ts';
import { applyApiError } from '../../../lib/form.ts';

/**
 * Runs a save for a form. A 409 on a stale version marks the form stale and calls
 * `onStale` (reload what the form edits; what was typed stays); any other failure lands on
 * the fields or above the buttons. Returns the result, or undefined when it failed.
 */
export function useAdminSave<Input extends FieldValues, Output extends FieldValues>(form: UseFormReturn<Input, unknown, Output>, onStale?: () => void) {
  const [stale, setStale] = useState(false);
  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await work();
      setStale(false);
      return result;
    } catch (error) {
      if (isApiError(error) && error.status === 409 && error.code === 'stale_version') {
        setStale(true);
        onStale?.();
        return undefined;
      }
      setStale(false);
      applyApiError(form, error);
      return undefined;
    }
  }
  return { stale, run };
}
