import type { ActionHandler } from './action-types.ts';
import { acceptOnline, refuse, requestCompletion } from './intake-actions.ts';

/** Actions a person takes through POST /api/dossiers/{id}/actions/{action}. */
export const staffActions: readonly ActionHandler[] = [acceptOnline, requestCompletion, refuse];
