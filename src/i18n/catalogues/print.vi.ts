/** Strings of the print screens (Vietnamese, the source language). */
export const printVi = {
  title: 'In biểu mẫu',
};
