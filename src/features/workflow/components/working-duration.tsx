import { useTranslation } from 'react-i18next';

export interface WorkingDurationProps {
  /** Working time (office hours only) in milliseconds, as the API stores it. */
  ms: number;
}

/**
 * `5 giờ 30 phút làm việc`: working time as the desk says it, rounded to the minute for
 * display only (a working day is 8 hours).
 */
export function WorkingDuration({ ms }: WorkingDurationProps) {
  const { t } = useTranslation();
  const total = Math.round(ms / 60_000);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const text =
    hours === 0
      ? t('workflow.duration.minutes', { count: rest })
      : rest === 0
        ? t('workflow.duration.hours', { count: hours })
        : t('workflow.duration.hoursMinutes', { hours, minutes: rest });
  return <strong>{text}</strong>;
}
