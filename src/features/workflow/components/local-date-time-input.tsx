import { DateInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import type { Ref } from 'react';
import { DatesSettings, useDatePickerSettings } from '../../../components/dates-settings.tsx';
import { fromPickerValue, toPickerValue } from '../utils/local-date-time.ts';

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
 * A date and time in Vietnamese time, whatever zone the browser is in: typed as
 * dd/MM/yyyy HH:mm (keyboard first), or the day picked on a calendar with Vietnamese month
 * names (see `DatesSettings`).
 */
export function LocalDateTimeInput({ label, description, required, value, onChange, onBlur, inputRef, min, error }: LocalDateTimeInputProps) {
  const pickerSettings = useDatePickerSettings();
  return (
    <DatesSettings>
      <DateInput
        {...pickerSettings}
        withTime
        valueFormat="DD/MM/YYYY HH:mm"
        placeholder="dd/mm/yyyy hh:mm"
        label={label}
        description={description}
        required={required}
        clearable={!required}
        value={toPickerValue(value)}
        minDate={toPickerValue(min) ?? undefined}
        onChange={(next) => onChange(fromPickerValue(next))}
        onBlur={onBlur}
        ref={inputRef}
        error={error}
        leftSection={<IconCalendar size={18} aria-hidden />}
        w={{ base: '100%', sm: 280 }}
      />
    </DatesSettings>
  );
}
