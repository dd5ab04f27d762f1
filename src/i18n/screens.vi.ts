import { intakeVi } from './catalogues/intake.vi.ts';
import { printVi } from './catalogues/print.vi.ts';
import { workflowVi } from './catalogues/workflow.vi.ts';
import { overviewVi } from './catalogues/overview.vi.ts';
import { periodVi } from './catalogues/period.vi.ts';
import { searchVi } from './catalogues/search.vi.ts';
import { registerVi } from './catalogues/register.vi.ts';
import { accountVi } from './catalogues/account.vi.ts';
import { peopleVi } from './catalogues/people.vi.ts';
import { adminNavVi } from './catalogues/admin-nav.vi.ts';
import { citizensVi } from './catalogues/citizens.vi.ts';

/**
 * The screens' strings in Vietnamese, one file per feature so each screen's strings stay
 * together. Loaded with the first page behind the login (i18next namespace `screens`); the
 * login page needs only `vi.ts`.
 */
export const screensVi = {
  intake: intakeVi,
  print: printVi,
  workflow: workflowVi,
  overview: overviewVi,
  period: periodVi,
  search: searchVi,
  register: registerVi,
  // The rest of `admin` is its own namespace (src/i18n/i18n.ts).
  admin: { nav: adminNavVi },
  account: accountVi,
  people: peopleVi,
  citizens: citizensVi,
};
