import { Text } from '@mantine/core';
import { IconAlarm, IconAlertOctagon, IconPlayerPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DueState } from '../domain/working-time.ts';
import { formatDate, formatDateTime, formatTime } from '../lib/format.ts';
import classes from './appointment.module.css';

export interface AppointmentProps {
  /** The appointment (ngày hẹn trả); null before intake. */
  appointmentAt: string | null;
  dueState: DueState;
  /**
   * `inline`: "24/11/2026 17:00" then the due state below. `stacked` (narrow table
   * columns): the date, then "17:00 · Tới hạn". @default 'inline'
   */
  layout?: 'inline' | 'stacked';
}

/**
 * An appointment date with its due state. Due soon and late are told by a word and an
 * icon as well as by colour, so they survive colour blindness and grey-scale printing.
 */
export function Appointment({ appointmentAt, dueState, layout = 'inline' }: AppointmentProps) {
  const { t } = useTranslation();
  if (!appointmentAt) return <Text span c="dimmed">{t('common.none')}</Text>;
  const Icon = dueState === 'late' ? IconAlertOctagon : dueState === 'paused' ? IconPlayerPause : IconAlarm;
  const state = dueState !== 'normal' && (
    <span className={classes.state}>
      <Icon size={14} aria-hidden />
      {t(`dueState.${dueState}`)}
    </span>
  );
  if (layout === 'stacked') {
    return (
      <span className={classes.root} data-due-state={dueState}>
        <span className={classes.date}>{formatDate(appointmentAt)}</span>
        <span className={classes.time}>
          {formatTime(appointmentAt)}
          {state}
        </span>
      </span>
    );
  }
  return (
    <span className={classes.root} data-due-state={dueState}>
      <span className={classes.date}>{formatDateTime(appointmentAt)}</span>
      {state}
    </span>
  );
}
