import { timeZone } from '../../../lib/format.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * "Thứ Năm" / "Thursday" for an instant, in Vietnamese time. The officer tells the
 * applicant the appointment by its weekday, so the panel shows it beside the date.
 */
export function formatWeekday(value: string | Date, language: string): string {
  const locale = language === 'vi' ? 'vi-VN' : 'en-GB';
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone });
    formatters.set(locale, formatter);
  }
  const text = formatter.format(new Date(value));
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
