/** Strings of the workflow screens (Vietnamese, the source language). */
export const workflowVi = {
  title: 'Xử lý hồ sơ',
};
