import '@mantine/dates/styles.css';
// oxlint-disable-next-line import/no-unassigned-import -- registers the Vietnamese day and month names with dayjs
import 'dayjs/locale/vi';
import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** dd/mm/yyyy (or d/m/yyyy, yyyy-mm-dd) as typed → YYYY-MM-DD, or null. */
export function parseTypedDate(input: string): string | null {
  const text = input.trim();
  const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const [year, month, day] = vietnamese ? [vietnamese[3], vietnamese[2], vietnamese[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return null;
  return date.toISOString().slice(0, 10);
}

export interface LocalDateInputProps extends Omit<DateInputProps, 'value' | 'onChange'> {
  /** YYYY-MM-DD, or empty. */
  value: string | null | undefined;
  onChange: (value: string | null) => void;
}

/** A Vietnam date typed as dd/mm/yyyy (keyboard first) or picked from the calendar. */
export function LocalDateInput({ value, onChange, ...props }: LocalDateInputProps) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.resolvedLanguage === 'en' ? 'en' : 'vi', firstDayOfWeek: 1, consistentWeeks: true }}>
      <DateInput
        valueFormat="DD/MM/YYYY"
        placeholder="dd/mm/yyyy"
        dateParser={parseTypedDate}
        value={value || null}
        onChange={(next) => onChange(next || null)}
        leftSection={<IconCalendar size={16} aria-hidden />}
        {...props}
      />
    </DatesProvider>
  );
}
