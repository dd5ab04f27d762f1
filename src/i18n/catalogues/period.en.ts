import type { periodVi } from './period.vi.ts';

export const periodEn: typeof periodVi = {
  label: 'Period',
  custom: 'Custom',
  range: 'From – to',
  rangePlaceholder: 'Pick the first and the last day',
  presets: {
    thisWeek: 'This week',
    thisMonth: 'This month',
    lastMonth: 'Last month',
    thisQuarter: 'This quarter',
    thisYear: 'This year',
  },
  calendar: {
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    previousYear: 'Previous year',
    nextYear: 'Next year',
    previousDecade: 'Previous decade',
    nextDecade: 'Next decade',
  },
};
