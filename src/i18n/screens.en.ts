import type { ScreenCatalogue } from './catalogue.ts';
import { intakeEn } from './catalogues/intake.en.ts';
import { printEn } from './catalogues/print.en.ts';
import { workflowEn } from './catalogues/workflow.en.ts';
import { overviewEn } from './catalogues/overview.en.ts';
import { periodEn } from './catalogues/period.en.ts';
import { searchEn } from './catalogues/search.en.ts';
import { registerEn } from './catalogues/register.en.ts';
import { accountEn } from './catalogues/account.en.ts';
import { peopleEn } from './catalogues/people.en.ts';
import { adminNavEn } from './catalogues/admin-nav.en.ts';
import { citizensEn } from './catalogues/citizens.en.ts';

/** The screens' strings in English, typed against the Vietnamese so no key is missing. */
export const screensEn: ScreenCatalogue = {
  intake: intakeEn,
  print: printEn,
  workflow: workflowEn,
  overview: overviewEn,
  period: periodEn,
  search: searchEn,
  register: registerEn,
  // The rest of `admin` is its own namespace (src/i18n/i18n.ts).
  admin: { nav: adminNavEn },
  account: accountEn,
  people: peopleEn,
  citizens: citizensEn,
};
