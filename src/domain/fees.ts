/**
 * A procedure's fees are lines of two kinds: phí (`fee`, paid for a service) and lệ phí
 * (`charge`, the state's charge for an administrative act), each an amount in đồng with a
 * note (per page, per case, "theo quy định của HĐND tỉnh"…).
 */
export const feeKinds = ['fee', 'charge'] as const;
export type FeeKind = (typeof feeKinds)[number];

export interface FeeLine {
  kind: FeeKind;
  amount: number;
  note: string;
}

/** What the desk collects by default at receipt: the sum of the lines (the officer may change it). */
export function feeTotal(lines: readonly Pick<FeeLine, 'amount'>[]): number {
  return lines.reduce((sum, line) => sum + line.amount, 0);
}

/** One line of text for the fee (intake side panel, receipt): "Lệ phí 28.000 ₫ (ghi chú); Phí …". */
export function feeSummaryNote(lines: readonly FeeLine[]): string {
  return lines
    .map((line) => line.note)
    .filter((note) => note.trim() !== '')
    .join('; ');
}

/**
 * When a procedure's fees are due (a setting of each procedure version): at receipt (the
 * desk collects them when it takes the dossier: most civil-status and certification fees),
 * or before the result is returned (paid when collecting it, e.g. a building permit).
 */
export const feeDueRules = ['at_receipt', 'before_return'] as const;
export type FeeDue = (typeof feeDueRules)[number];
export const defaultFeeDue: FeeDue = 'at_receipt';

/** How a fee was paid: at the desk in cash or by bank transfer, or online through the portal. */
export const paymentMethods = ['cash', 'transfer', 'online'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
/** What the desk records itself; online payments arrive from the portal. */
export const deskPaymentMethods = ['cash', 'transfer'] as const satisfies readonly PaymentMethod[];

/**
 * A dossier's fee: `none` when it has no fee (free, or exempted at receipt), `unpaid`
 * before any payment, `partial` while payments fall short of the fee, `paid` once they
 * cover it. `feeAmount` is the dossier's own fee, set at receipt from the fee lines.
 */
export const feeStates = ['none', 'unpaid', 'partial', 'paid'] as const;
export type FeeState = (typeof feeStates)[number];

export function feeState(feeAmount: number, paidAmount: number): FeeState {
  if (feeAmount <= 0) return 'none';
  if (paidAmount >= feeAmount) return 'paid';
  return paidAmount > 0 ? 'partial' : 'unpaid';
}

/** What is still owed (never negative). */
export function feeRemaining(feeAmount: number, paidAmount: number): number {
  return Math.max(0, feeAmount - paidAmount);
}

export type PaymentProblem = 'no_fee' | 'already_paid' | 'more_than_owed';

/** Why a payment of `amount` cannot be recorded on a dossier, or null when it can. */
export function paymentProblem(feeAmount: number, paidAmount: number, amount: number): PaymentProblem | null {
  const state = feeState(feeAmount, paidAmount);
  if (state === 'none') return 'no_fee';
  if (state === 'paid') return 'already_paid';
  return amount > feeRemaining(feeAmount, paidAmount) ? 'more_than_owed' : null;
}

/** The dossier's fee columns after a payment: the sum paid, and when the fee became paid in full. */
export function feeAfterPayment(
  fee: { amount: number; paidAmount: number; paidAt: Date | null },
  payment: { amount: number; paidAt: Date },
): { paidAmount: number; paidAt: Date | null } {
  const paidAmount = fee.paidAmount + payment.amount;
  return { paidAmount, paidAt: fee.paidAt ?? (paidAmount >= fee.amount ? payment.paidAt : null) };
}

/**
 * What returning the result says about an unpaid fee. Fees due before the result is
 * returned block the return: the result is handed over against payment. Fees due at
 * receipt should have been collected then; the return warns (collect and record them now)
 * but goes ahead, since an exemption or a payment made outside motcua is the desk's call.
 */
export function feeCheckAtReturn(due: FeeDue, feeAmount: number, paidAmount: number): 'ok' | 'warn' | 'block' {
  const state = feeState(feeAmount, paidAmount);
  if (state === 'none' || state === 'paid') return 'ok';
  return due === 'before_return' ? 'block' : 'warn';
}

/** A dossier counts as paid online (Decision 766) when any of its payments came through the portal. */
export function isPaidOnline(payments: readonly { method: PaymentMethod }[]): boolean {
  return payments.some((payment) => payment.method === 'online');
}

const grouped = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0, useGrouping: true });

/** An amount in đồng as Vietnamese texts write it: 28.000 (the unit follows in words). */
export function formatAmount(amount: number): string {
  return grouped.format(Math.round(amount));
}
