import type { DossierAction } from '../../../domain/dossier-lifecycle.ts';

/**
 * The step each status expects next. Whichever of these the user may take is the primary
 * button: at most one is ever available at a time (each belongs to a different status).
 */
const expectedNextSteps: readonly DossierAction[] = [
  'accept_online',
  'hand_over',
  'assign',
  'submit_result',
  'receive_supplement',
  'approve',
  'return_result',
];

/** The other steps, in the order the "Thao tác khác" menu lists them: detours first, endings last. */
const otherSteps: readonly DossierAction[] = [
  'request_completion',
  'refuse',
  'reassign',
  'request_supplement',
  'return_to_handler',
  'apologize',
  'close_not_accepted',
  'withdraw',
  'stop',
];

/**
 * Steps with a panel of their own on the dossier page rather than a place in the action bar:
 * recording a fee payment (the fees card) and the applicant's rating (the rating card).
 */
export const panelActions: ReadonlySet<DossierAction> = new Set<DossierAction>(['record_payment', 'rate']);

/** Steps that end the dossier or turn the applicant away: shown in red, never the default. */
export const endingActions: ReadonlySet<DossierAction> = new Set<DossierAction>(['refuse', 'withdraw', 'stop', 'close_not_accepted']);

export interface SplitActions {
  primary: DossierAction | undefined;
  others: DossierAction[];
}

/** The primary button and the menu, from exactly what the API says the user may do now. */
export function splitActions(available: readonly DossierAction[]): SplitActions {
  const allowed = new Set(available.filter((action) => !panelActions.has(action)));
  const primary = expectedNextSteps.find((action) => allowed.has(action));
  const known = [...expectedNextSteps, ...otherSteps];
  const others = [
    ...otherSteps.filter((action) => allowed.has(action)),
    // An action this screen does not know yet still gets a menu entry rather than vanishing.
    ...available.filter((action) => !known.includes(action) && !panelActions.has(action)),
  ];
  return { primary, others };
}
