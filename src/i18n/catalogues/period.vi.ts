/** Strings of the report period picker (overview, tracking register). Vietnamese, the source language. */
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
};
