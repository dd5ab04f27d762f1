import type { CalendarDayInput } from './schemas/admin-calendar.ts';
import { foldText } from './text.ts';
import { message, type Message } from './messages.ts';

/** A line of a pasted list that could not be read, by its number (from 1). */
export interface PastedLineProblem {
  line: number;
  message: Message;
}

const linePattern = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*(?:[,;\t|–-]\s*)?(.*?)\s*$/;

function isoDate(day: number, month: number, year: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * Reads a list pasted from a notice or a spreadsheet, one day per line: "02/09/2027,
 * Quốc khánh" or "03/09/2027<tab>Nghỉ Quốc khánh". A line whose name says "làm bù" is a
 * swapped working day, any other a holiday. Blank lines are skipped.
 */
export function parseCalendarLines(text: string): { days: CalendarDayInput[]; problems: PastedLineProblem[] } {
  const days: CalendarDayInput[] = [];
  const problems: PastedLineProblem[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const match = linePattern.exec(raw);
    const date = match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
    const name = match?.[4]?.trim() ?? '';
    if (!match || !date || name === '') {
      problems.push({ line, message: message('calendar_line_invalid', { line }) });
      return;
    }
    if (seen.has(date)) {
      problems.push({ line, message: message('calendar_line_duplicate', { line }) });
      return;
    }
    seen.add(date);
    days.push({ date, name, kind: foldText(name).includes('lam bu') ? 'working_day' : 'holiday' });
  });
  return { days, problems };
}
