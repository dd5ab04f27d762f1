import '@mantine/dates/styles.css';
// oxlint-disable-next-line import/no-unassigned-import -- registers the Vietnamese day and month names with dayjs
import 'dayjs/locale/vi';
import { DatesProvider } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// Typed dates are read in the format they are shown in (dd/MM/yyyy HH:mm), not guessed.
dayjs.extend(customParseFormat);

export interface DatesSettingsProps {
  children: ReactNode;
}

/**
 * Every date picker below speaks the interface's language (Vietnamese month and day names
 * by default), starts weeks on Monday and shows six weeks, so the calendar does not jump.
 */
export function DatesSettings({ children }: DatesSettingsProps) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.resolvedLanguage === 'en' ? 'en' : 'vi', firstDayOfWeek: 1, consistentWeeks: true }}>
      {children}
    </DatesProvider>
  );
}
