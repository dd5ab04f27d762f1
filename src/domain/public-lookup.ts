import type { DossierAction } from './dossier-lifecycle.ts';
import type { DossierStatus } from './dossier-status.ts';

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

/**
 * The status in plain words for the applicant, in Vietnamese: what the API tells the portal
 * (`statusText`); the lookup page shows the same words from its catalogue (either language).
 */
export const publicStatusTexts: Record<DossierStatus, string> = {
  awaiting_intake: 'Đã nộp trực tuyến, đang chờ tiếp nhận',
  intake_completion_requested: 'Cần bổ sung, hoàn thiện để được tiếp nhận',
  refused: 'Không được tiếp nhận',
  received: 'Đã tiếp nhận, đang chuyển xử lý',
  awaiting_assignment: 'Đang giải quyết',
  processing: 'Đang giải quyết',
  supplement_requested: 'Cần bổ sung hồ sơ',
  awaiting_approval: 'Đang trình lãnh đạo ký duyệt',
  result_ready: 'Đã có kết quả, mời nhận kết quả',
  returned: 'Đã trả kết quả',
  withdrawn: 'Đã rút hồ sơ',
  stopped: 'Đã dừng giải quyết',
  not_accepted: 'Kết thúc do không bổ sung hồ sơ đúng hạn',
};

/** Each step of the history as the applicant reads it, in Vietnamese (the page shows its catalogue's). */
export const publicStepTexts: Record<DossierAction, string> = {
  submit_online: 'Nộp hồ sơ trực tuyến',
  receive: 'Tiếp nhận hồ sơ, hẹn ngày trả kết quả',
  accept_online: 'Tiếp nhận hồ sơ, hẹn ngày trả kết quả',
  request_completion: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
  complete_submission: 'Nộp bổ sung, hoàn thiện hồ sơ',
  refuse: 'Từ chối tiếp nhận hồ sơ',
  hand_over: 'Chuyển phòng chuyên môn giải quyết',
  assign: 'Thẩm định, giải quyết hồ sơ',
  reassign: 'Thẩm định, giải quyết hồ sơ',
  request_supplement: 'Yêu cầu bổ sung hồ sơ',
  receive_supplement: 'Nhận hồ sơ bổ sung, tiếp tục giải quyết',
  submit_result: 'Trình lãnh đạo ký duyệt kết quả',
  approve: 'Có kết quả giải quyết',
  return_to_handler: 'Hoàn thiện kết quả theo ý kiến lãnh đạo',
  return_result: 'Trả kết quả',
  withdraw: 'Rút hồ sơ theo đề nghị',
  stop: 'Dừng giải quyết hồ sơ',
  apologize: 'Xin lỗi và hẹn lại ngày trả kết quả',
  close_not_accepted: 'Kết thúc do quá hạn bổ sung hồ sơ',
  record_payment: 'Nộp phí, lệ phí',
  rate: 'Đánh giá mức độ hài lòng',
  transfer_holder: 'Chuyển cán bộ xử lý',
};

/** The centre's internal bookkeeping, not shown to the public: an administrator handing a leaving officer's dossiers to a colleague. */
export const hiddenPublicSteps: ReadonlySet<DossierAction> = new Set<DossierAction>(['transfer_holder']);
