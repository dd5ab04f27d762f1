import { useTranslation } from 'react-i18next';

export interface WorkingDurationProps {
  /** Working minutes (office hours only). */
  minutes: number;
}

/** `5 giờ 30 phút làm việc`: working time as the desk says it (a working day is 8 hours). */
export function WorkingDuration({ minutes }: WorkingDurationProps) {
  const { t } = useTranslation();
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  const text =
    hours === 0
      ? t('workflow.duration.minutes', { count: rest })
      : rest === 0
        ? t('workflow.duration.hours', { count: hours })
        : t('workflow.duration.hoursMinutes', { hours, minutes: rest });
  return <strong>{text}</strong>;
}
