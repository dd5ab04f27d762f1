import '@mantine/dates/styles.css';
// oxlint-disable-next-line import/no-unassigned-import -- registers the Vietnamese day and month names with dayjs
import 'dayjs/locale/vi';
import { DatesProvider } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './dates-settings.module.css';

// Typed dates are read in the format they are shown in (dd/MM/yyyy HH:mm), not guessed.
dayjs.extend(customParseFormat);

export interface DatesSettingsProps {
  children: ReactNode;
}

/**
 * Every date picker below speaks the interface's language (Vietnamese month and day names
 * by default), starts weeks on Monday and shows six weeks, so the calendar does not jump.
 * Each component with a date picker puts its pickers inside (they load with it).
 */
export function DatesSettings({ children }: DatesSettingsProps) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.resolvedLanguage === 'en' ? 'en' : 'vi', firstDayOfWeek: 1, consistentWeeks: true }}>
      {children}
    </DatesProvider>
  );
}

/**
 * What every date picker needs beyond the provider, spread on it: names for its calendar's
 * arrows and for its dropdown (labelled by the field: Mantine labels the dropdown after the
 * popover's id, so the popover takes the field's), and every day at 4.5:1 (weekends and the
 * neighbouring months' days too). The month and year buttons keep their visible text as
 * their name.
 */
export function useDatePickerSettings() {
  const { t } = useTranslation();
  const id = useId();
  return {
    id,
    popoverProps: { id },
    ariaLabels: {
      previousMonth: t('period.calendar.previousMonth'),
      nextMonth: t('period.calendar.nextMonth'),
      previousYear: t('period.calendar.previousYear'),
      nextYear: t('period.calendar.nextYear'),
      previousDecade: t('period.calendar.previousDecade'),
      nextDecade: t('period.calendar.nextDecade'),
    },
    classNames: { day: classes.day },
  };
}
