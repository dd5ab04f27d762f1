import { formatDate, formatTime } from '../../../lib/format.ts';

export interface OfficialDateParts {
  /** `23/11/2026` */
  date: string;
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

/**
 * The pieces of an instant (in Vietnamese time) that the forms spell out: "ngày 23 tháng
 * 11 năm 2026", "10 giờ 00 phút". Built on the one formatter so the zone rule is shared.
 */
export function officialDateParts(instant: string | Date): OfficialDateParts {
  const date = formatDate(instant);
  const [day = '', month = '', year = ''] = date.split('/');
  const [hour = '', minute = ''] = formatTime(instant).split(':');
  return { date, day, month, year, hour, minute };
}
