import { citizensVi } from './catalogues/citizens.vi.ts';
import { peopleVi } from './catalogues/people.vi.ts';

/**
 * What the screens say about the citizen beyond the lists: a person's dossiers and the
 * digitisation of their papers (`people.…`), fees, payments and ratings (`citizens.…`), in
 * Vietnamese. i18next namespace `citizens`, loaded with the pages that show them (the
 * dossier page, the person's page, intake, the overview, the citizens' pages) and with a
 * queue's step dialogs, not with the queues themselves (see catalogue.ts).
 */
export const citizensPartVi = {
  people: peopleVi,
  citizens: citizensVi,
};
