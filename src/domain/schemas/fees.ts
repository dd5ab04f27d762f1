import { z } from 'zod';
import { deskPaymentMethods, feeDueRules, feeKinds, feeStates, paymentMethods } from '../fees.ts';
import { messageCode } from '../messages.ts';
import { instant, Instant, optionalText, requiredText, Uuid } from './common.ts';

// Fees (phí, lệ phí): what a dossier owes, the payments the desk records and those the portal reports.

const Amount = z
  .number({ error: (issue) => (issue.code === 'invalid_type' ? messageCode('payment_amount_required') : undefined) })
  .int()
  .min(1, messageCode('payment_amount_required'))
  .max(100_000_000);

/** POST /api/dossiers/{id}/actions/record_payment: the desk received a payment (the receipt it wrote out). */
export const RecordPaymentInput = z.object({
  amount: Amount,
  method: z.enum(deskPaymentMethods),
  /** The number of the fee receipt the desk wrote out (its own receipt book). */
  receiptNumber: requiredText('receipt_number_required', 40),
  payerName: requiredText('payer_name_required', 120),
  /** When the money was received; now when left out. */
  paidAt: instant(messageCode('paid_at_invalid')).optional(),
  note: optionalText(500),
});
export type RecordPaymentInput = z.infer<typeof RecordPaymentInput>;

export const FeeLineView = z.object({ kind: z.enum(feeKinds), amount: z.number().int(), note: z.string() });

/** A dossier's fee and what has been paid of it (staff and public alike: no personal data). */
export const DossierFee = z.object({
  /** The dossier's fee, set at receipt from the procedure version's fee lines. */
  amount: z.number().int(),
  paidAmount: z.number().int(),
  state: z.enum(feeStates),
  /** When the fee is due: at receipt, or before the result is returned (the procedure version's setting). */
  due: z.enum(feeDueRules),
  /** When it was paid in full. */
  paidAt: Instant.nullable(),
  /** A payment came through the portal (Decision 766 online payment). */
  paidOnline: z.boolean(),
  /** The procedure version's fee lines: what the fee is made of. */
  lines: z.array(FeeLineView),
}).meta({ id: 'DossierFee' });
export type DossierFee = z.infer<typeof DossierFee>;

export const FeePayment = z.object({
  id: Uuid,
  /** The history step that recorded it (the fee receipt's print view is the step's). */
  eventId: Uuid,
  amount: z.number().int(),
  method: z.enum(paymentMethods),
  /** The desk's receipt number; null for an online payment. */
  receiptNumber: z.string().nullable(),
  /** The portal's transaction id of an online payment. */
  transactionId: z.string().nullable(),
  payerName: z.string(),
  paidAt: Instant,
  /** The officer who recorded it; null when the portal reported it. */
  recordedByName: z.string().nullable(),
  recordedAt: Instant,
  note: z.string(),
}).meta({ id: 'FeePayment' });
export type FeePayment = z.infer<typeof FeePayment>;

/** POST /api/portal/payments: the portal reports a fee paid online (idempotent on its transaction id). */
export const PortalPayment = z.object({
  transactionId: requiredText('transaction_id_required', 100),
  dossierCode: requiredText('dossier_code_required', 60),
  amount: Amount,
  paidAt: Instant,
  payerName: optionalText(120),
});
export type PortalPayment = z.input<typeof PortalPayment>;

export const PortalPaymentResponse = z.object({
  paymentId: Uuid,
  transactionId: z.string(),
  dossierCode: z.string(),
  amount: z.number().int(),
  paidAt: Instant,
  /** The dossier's fee after this payment. */
  feeState: z.enum(feeStates),
  /** false: the same transaction was reported before; nothing new was recorded. */
  created: z.boolean(),
}).meta({ id: 'PortalPaymentResponse' });
