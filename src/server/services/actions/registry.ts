import type { ActionHandler } from './action-types.ts';
import { acceptOnline, refuse, requestCompletion } from './intake-actions.ts';
import { rate, recordPayment } from './fee-actions.ts';
import {
  apologize,
  approve,
  assign,
  closeNotAccepted,
  handOver,
  reassign,
  receiveSupplement,
  requestSupplement,
  returnResult,
  returnToHandler,
  stop,
  submitResult,
  withdraw,
} from './lifecycle-actions.ts';

/** Actions a person takes through POST /api/dossiers/{id}/actions/{action}. */
export const staffActions: readonly ActionHandler[] = [
  acceptOnline,
  requestCompletion,
  refuse,
  handOver,
  assign,
  reassign,
  requestSupplement,
  receiveSupplement,
  submitResult,
  approve,
  returnToHandler,
  returnResult,
  withdraw,
  stop,
  apologize,
  closeNotAccepted,
  recordPayment,
  rate,
];
