import '@mantine/dates/styles.css';
import { TimePicker, type TimePickerProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

export interface ClockInputProps extends Omit<TimePickerProps, 'value' | 'onChange' | 'format' | 'withSeconds'> {
  /** 'HH:mm', 24-hour, as the settings store it. */
  value: string;
  onChange: (value: string) => void;
  /** What the time is, for the hour and minute fields' accessible names. */
  name: string;
}

/** A 24-hour clock time typed as hours and minutes, whatever the browser's locale (a native time input may show AM/PM). */
export function ClockInput({ value, onChange, name, ...props }: ClockInputProps) {
  const { t } = useTranslation();
  return (
    <TimePicker
      format="24h"
      value={value}
      // The picker answers 'HH:mm:ss' once both fields are filled, '' before.
      onChange={(next) => onChange(next ? next.slice(0, 5) : '')}
      hoursInputLabel={t('admin.settings.workingTime.hoursOf', { name })}
      minutesInputLabel={t('admin.settings.workingTime.minutesOf', { name })}
      {...props}
    />
  );
}
