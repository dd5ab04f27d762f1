import { intakeVi } from './catalogues/intake.vi.ts';
import { overviewVi } from './catalogues/overview.vi.ts';
import { printVi } from './catalogues/print.vi.ts';
import { registerVi } from './catalogues/register.vi.ts';

/**
 * The strings of the pages the daily queues do not open (intake, overview, register, the
 * print views), in Vietnamese: i18next namespace `pages`, loaded with the first of them.
 */
export const pagesVi = {
  intake: intakeVi,
  print: printVi,
  overview: overviewVi,
  register: registerVi,
};
