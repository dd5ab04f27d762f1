import type { printVi } from './print.vi.ts';

export const printEn: typeof printVi = {
  title: 'Print forms',
};
