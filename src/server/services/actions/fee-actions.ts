import { feeAfterPayment, formatAmount, feeRemaining, paymentProblem, type PaymentMethod } from '../../../domain/fees.ts';
import { RecordPaymentInput } from '../../../domain/schemas/fees.ts';
import { RateInput } from '../../../domain/schemas/ratings.ts';
import { message } from '../../../domain/messages.ts';
import { conflict, fieldError } from '../../http/errors.ts';
import { appendAudit } from '../audit.ts';
import { defineAction, type ActionContext, type ActionEffect } from './action-types.ts';

const PORTAL_CLOCK_SKEW_MS = 5 * 60_000;

/** A payment as it is recorded, whoever took it (the desk or the portal). */
export interface PaymentRecord {
  amount: number;
  method: PaymentMethod;
  receiptNumber: string | null;
  transactionId: string | null;
  payerName: string;
  paidAt: Date;
  note: string;
}

/**
 * The effect of a payment on the dossier: what has been paid and when the fee was paid in
 * full move on (src/domain/fees.ts), the history gets the step, and the payment row and
 * its audit entry are written with it. `onRecorded` receives the new payment's id.
 */
export function paymentEffect(
  { tx, dossier, actor, now }: Pick<ActionContext<unknown>, 'tx' | 'dossier' | 'actor' | 'now'>,
  payment: PaymentRecord,
  onRecorded?: (paymentId: string) => void,
): ActionEffect {
  // The portal's clock may run a little ahead of ours; an officer's may not.
  const latest = now.getTime() + (actor ? 0 : PORTAL_CLOCK_SKEW_MS);
  if (payment.paidAt.getTime() > latest) throw fieldError('paidAt', message('paid_at_in_future'));
  const since = dossier.submittedAt ?? dossier.receivedAt;
  if (since && payment.paidAt.getTime() < since.getTime()) throw fieldError('paidAt', message('paid_at_before_submission'));
  const problem = paymentProblem(dossier.feeAmount, dossier.feePaidAmount, payment.amount);
  if (problem === 'no_fee') throw conflict(message('fee_none'), 'fee_none');
  if (problem === 'already_paid') throw conflict(message('fee_already_paid'), 'fee_already_paid');
  if (problem === 'more_than_owed') {
    throw fieldError('amount', message('payment_more_than_owed', { remaining: formatAmount(feeRemaining(dossier.feeAmount, dossier.feePaidAmount)) }));
  }
  const after = feeAfterPayment({ amount: dossier.feeAmount, paidAmount: dossier.feePaidAmount, paidAt: dossier.feePaidAt }, payment);
  const details = {
    amount: payment.amount,
    method: payment.method,
    receiptNumber: payment.receiptNumber,
    transactionId: payment.transactionId,
    paidAt: payment.paidAt.toISOString(),
    paidInFull: after.paidAt !== null,
  };
  return {
    set: { fee_paid_amount: after.paidAmount, fee_paid_at: after.paidAt },
    holder: { unitId: dossier.holderUnitId, userId: dossier.holderUserId },
    note: payment.note,
    details,
    async after(eventId) {
      const [row] = await tx.query<{ id: string }>(
        `INSERT INTO fee_payments (dossier_id, event_id, amount, method, receipt_number, portal_transaction_id, payer_name, paid_at,
           recorded_by, recorded_at, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [dossier.id, eventId, payment.amount, payment.method, payment.receiptNumber, payment.transactionId, payment.payerName, payment.paidAt, actor?.id ?? null, now, payment.note],
      );
      await appendAudit(tx, {
        at: now,
        actor,
        action: payment.method === 'online' ? 'fee.online_payment' : 'fee.payment',
        entity: 'dossier',
        entityId: dossier.id,
        entityLabel: `${dossier.code} — ${formatAmount(payment.amount)} đồng`,
        after: { paymentId: row!.id, ...details, payerName: payment.payerName },
      });
      onRecorded?.(row!.id);
    },
  };
}

export const recordPayment = defineAction({
  action: 'record_payment',
  summary: 'Ghi nhận nộp phí, lệ phí tại Bộ phận Một cửa (tiền mặt hoặc chuyển khoản) và số biên lai',
  input: RecordPaymentInput,
  apply(context) {
    const { input, now } = context;
    return paymentEffect(context, {
      amount: input.amount,
      method: input.method,
      receiptNumber: input.receiptNumber,
      transactionId: null,
      payerName: input.payerName,
      paidAt: input.paidAt ? new Date(input.paidAt) : now,
      note: input.note,
    });
  },
});

/**
 * The applicant rates the service: on the counter tablet (the officer's session), or on the
 * public lookup page (the system acting, `actor` null). Once per dossier.
 */
export const rate = defineAction({
  action: 'rate',
  summary: 'Công dân đánh giá mức độ hài lòng (sau khi nhận kết quả), trên máy tính bảng tại quầy',
  input: RateInput,
  apply({ tx, dossier, actor, input, now }) {
    // The person's check already said so; the public page acts as the system and needs it here.
    if (dossier.rated) throw conflict(message('rating_already_given'), 'already_rated');
    return {
      holder: { unitId: dossier.holderUnitId, userId: dossier.holderUserId },
      note: input.comment,
      details: { level: input.level, channel: actor ? 'counter' : 'lookup' },
      async after(eventId) {
        await tx.query(
          `INSERT INTO dossier_ratings (dossier_id, event_id, level, comment, channel, rated_at) VALUES ($1, $2, $3, $4, $5, $6)`,
          [dossier.id, eventId, input.level, input.comment, actor ? 'counter' : 'lookup', now],
        );
      },
    };
  },
});
