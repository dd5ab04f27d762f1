/** Strings of the intake screens (Vietnamese, the source language). */
export const intakeVi = {
  title: 'Tiếp nhận hồ sơ',
};
