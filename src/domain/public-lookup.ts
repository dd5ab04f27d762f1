import type { DossierAction } from './dossier-lifecycle.ts';
import type { DossierStatus } from './dossier-status.ts';
import type { MessageCode } from './messages.ts';

/**
 * The public lookup (tra cứu hồ sơ): anyone holding the receipt (form 01) follows the
 * dossier without an account, with its code and the last 4 digits of the applicant's (or
 * the submitter's, who was handed the receipt) phone or personal ID number. The answer
 * names units, never people, and carries no ID number, phone or address.
 */

/** Lookups (and ratings given there) per client address per minute. */
export const LOOKUPS_PER_MINUTE = 10;

/** The code as printed, whatever case it was typed or scanned in. */
export function normalizeLookupCode(code: string): string {
  return code.trim().toUpperCase();
}

export const lookupDigitsPattern = /^\d{4}$/;

/**
 * True when `digits` are the last four digits of one of the numbers on file (spaces, dots
 * and a leading + as people write phone numbers do not count).
 */
export function lookupDigitsMatch(digits: string, numbers: readonly (string | null | undefined)[]): boolean {
  if (!lookupDigitsPattern.test(digits)) return false;
  return numbers.some((number) => {
    const onlyDigits = (number ?? '').replace(/\D/g, '');
    return onlyDigits.length >= 4 && onlyDigits.slice(-4) === digits;
  });
}

/** The status in plain words for the applicant (a message, so the portal gets Vietnamese and the page either language). */
export const publicStatusMessage: Record<DossierStatus, MessageCode> = {
  awaiting_intake: 'lookup_status_awaiting_intake',
  intake_completion_requested: 'lookup_status_intake_completion_requested',
  refused: 'lookup_status_refused',
  received: 'lookup_status_received',
  awaiting_assignment: 'lookup_status_awaiting_assignment',
  processing: 'lookup_status_processing',
  supplement_requested: 'lookup_status_supplement_requested',
  awaiting_approval: 'lookup_status_awaiting_approval',
  result_ready: 'lookup_status_result_ready',
  returned: 'lookup_status_returned',
  withdrawn: 'lookup_status_withdrawn',
  stopped: 'lookup_status_stopped',
  not_accepted: 'lookup_status_not_accepted',
};

/**
 * Each step of the history as the applicant reads it; null for the centre's internal
 * bookkeeping (an administrator handing a leaving officer's dossiers to a colleague).
 */
export const publicStepMessage: Record<DossierAction, MessageCode | null> = {
  submit_online: 'lookup_step_submit_online',
  receive: 'lookup_step_receive',
  accept_online: 'lookup_step_accept_online',
  request_completion: 'lookup_step_request_completion',
  complete_submission: 'lookup_step_complete_submission',
  refuse: 'lookup_step_refuse',
  hand_over: 'lookup_step_hand_over',
  assign: 'lookup_step_assign',
  reassign: 'lookup_step_reassign',
  request_supplement: 'lookup_step_request_supplement',
  receive_supplement: 'lookup_step_receive_supplement',
  submit_result: 'lookup_step_submit_result',
  approve: 'lookup_step_approve',
  return_to_handler: 'lookup_step_return_to_handler',
  return_result: 'lookup_step_return_result',
  withdraw: 'lookup_step_withdraw',
  stop: 'lookup_step_stop',
  apologize: 'lookup_step_apologize',
  close_not_accepted: 'lookup_step_close_not_accepted',
  transfer_holder: null,
  record_payment: 'lookup_step_record_payment',
  rate: 'lookup_step_rate',
};

