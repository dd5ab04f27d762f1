import type { CitizensPartCatalogue } from './catalogue.ts';
import { citizensEn } from './catalogues/citizens.en.ts';
import { peopleEn } from './catalogues/people.en.ts';

/** The citizens' part in English, typed against the Vietnamese so no key is missing. */
export const citizensPartEn: CitizensPartCatalogue = {
  people: peopleEn,
  citizens: citizensEn,
};
