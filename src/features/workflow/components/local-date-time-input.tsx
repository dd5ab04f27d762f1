import { TextInput } from '@mantine/core';
import type { Ref } from 'react';
import { fromLocalInput, toLocalInput } from '../utils/local-date-time.ts';

export interface LocalDateTimeInputProps {
  label: string;
  description?: string;
  required?: boolean;
  /** An ISO instant, or empty/undefined for none. */
  value: string | undefined;
  /** Called with an ISO instant at +07:00, or '' when cleared. */
  onChange: (value: string) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Earliest instant offered (ISO). */
  min?: string | null;
  error?: string;
}

/**
 * A date and time in Vietnamese time, whatever zone the browser is in. The browser's own
 * picker: keyboard-friendly, and it types dd/mm/yyyy in a Vietnamese locale.
 */
export function LocalDateTimeInput({ label, description, required, value, onChange, onBlur, inputRef, min, error }: LocalDateTimeInputProps) {
  return (
    <TextInput
      type="datetime-local"
      label={label}
      description={description}
      required={required}
      value={toLocalInput(value)}
      min={toLocalInput(min) || undefined}
      onChange={(event) => onChange(fromLocalInput(event.currentTarget.value))}
      onBlur={onBlur}
      ref={inputRef}
      error={error}
      w={{ base: '100%', sm: 280 }}
    />
  );
}
