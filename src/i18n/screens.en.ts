import type { ScreenCatalogue } from './catalogue.ts';
import { workflowEn } from './catalogues/workflow.en.ts';
import { periodEn } from './catalogues/period.en.ts';
import { searchEn } from './catalogues/search.en.ts';
import { accountEn } from './catalogues/account.en.ts';
import { shellEn } from './catalogues/shell.en.ts';
import { adminNavEn } from './catalogues/admin-nav.en.ts';

/** The screens' strings in English, typed against the Vietnamese so no key is missing. */
export const screensEn: ScreenCatalogue = {
  workflow: workflowEn,
  period: periodEn,
  search: searchEn,
  // The rest of `admin` is its own namespace (src/i18n/i18n.ts).
  admin: { nav: adminNavEn },
  account: accountEn,
  shell: shellEn,
};
