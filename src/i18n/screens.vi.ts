import { workflowVi } from './catalogues/workflow.vi.ts';
import { periodVi } from './catalogues/period.vi.ts';
import { searchVi } from './catalogues/search.vi.ts';
import { accountVi } from './catalogues/account.vi.ts';
import { shellVi } from './catalogues/shell.vi.ts';
import { adminNavVi } from './catalogues/admin-nav.vi.ts';

/**
 * The strings of the shell and the dossier screens in Vietnamese, one file per feature so
 * each screen's strings stay together. Loaded with the first page behind the login
 * (i18next namespace `screens`); the login page needs only `vi.ts`, and the intake,
 * overview, register and print pages load their own (see catalogue.ts).
 */
export const screensVi = {
  workflow: workflowVi,
  period: periodVi,
  search: searchVi,
  // The rest of `admin` is its own namespace (src/i18n/i18n.ts).
  admin: { nav: adminNavVi },
  account: accountVi,
  shell: shellVi,
};
