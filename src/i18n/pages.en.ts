import type { PageCatalogue } from './catalogue.ts';
import { intakeEn } from './catalogues/intake.en.ts';
import { overviewEn } from './catalogues/overview.en.ts';
import { printEn } from './catalogues/print.en.ts';
import { registerEn } from './catalogues/register.en.ts';

/** The pages' strings in English, typed against the Vietnamese so no key is missing. */
export const pagesEn: PageCatalogue = {
  intake: intakeEn,
  print: printEn,
  overview: overviewEn,
  register: registerEn,
};
