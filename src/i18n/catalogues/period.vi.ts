/** Strings of the report period picker (overview, tracking register) and of every calendar. Vietnamese, the source language. */
export const periodVi = {
  label: 'Kỳ báo cáo',
  custom: 'Tùy chọn',
  range: 'Từ ngày – đến ngày',
  rangePlaceholder: 'Chọn ngày bắt đầu và ngày kết thúc',
  presets: {
    thisWeek: 'Tuần này',
    thisMonth: 'Tháng này',
    lastMonth: 'Tháng trước',
    thisQuarter: 'Quý này',
    thisYear: 'Năm nay',
  },
  /** The buttons of a date picker's calendar (they show only arrows and the month). */
  calendar: {
    previousMonth: 'Tháng trước',
    nextMonth: 'Tháng sau',
    previousYear: 'Năm trước',
    nextYear: 'Năm sau',
    previousDecade: 'Mười năm trước',
    nextDecade: 'Mười năm sau',
  },
};
