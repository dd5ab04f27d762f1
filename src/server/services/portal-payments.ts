import { z } from 'zod';
import type { Db, Queryable } from '../db/db.ts';
import type { PortalPayment } from '../../domain/schemas/fees.ts';
import { feeState, type FeeState } from '../../domain/fees.ts';
import { normalizeLookupCode } from '../../domain/public-lookup.ts';
import { message } from '../../domain/messages.ts';
import { conflict, notFound } from '../http/errors.ts';
import { performActionInTransaction } from './actions/perform-action.ts';
import { paymentEffect, recordPayment } from './actions/fee-actions.ts';
import type { ActionHandler } from './actions/action-types.ts';

type Payment = z.output<typeof PortalPayment>;

export interface PortalPaymentResult {
  paymentId: string;
  transactionId: string;
  dossierCode: string;
  amount: number;
  paidAt: string;
  feeState: FeeState;
  created: boolean;
}

async function findTransaction(db: Queryable, transactionId: string) {
  const [row] = await db.query<{ id: string; amount: number; paid_at: Date; code: string; fee_amount: number; fee_paid_amount: number }>(
    `SELECT fp.id, fp.amount, fp.paid_at, d.code, d.fee_amount, d.fee_paid_amount
     FROM fee_payments fp JOIN dossiers d ON d.id = fp.dossier_id WHERE fp.portal_transaction_id = $1`,
    [transactionId],
  );
  return row;
}

/** A transaction reported again: the same dossier, amount and time answer as before; anything else is a conflict. */
function repeated(existing: NonNullable<Awaited<ReturnType<typeof findTransaction>>>, input: Payment): PortalPaymentResult {
  const same =
    existing.code === normalizeLookupCode(input.dossierCode) && existing.amount === input.amount && existing.paid_at.getTime() === new Date(input.paidAt).getTime();
  if (!same) throw conflict(message('portal_payment_mismatch', { transactionId: input.transactionId }), 'transaction_mismatch');
  return {
    paymentId: existing.id,
    transactionId: input.transactionId,
    dossierCode: existing.code,
    amount: existing.amount,
    paidAt: existing.paid_at.toISOString(),
    feeState: feeState(existing.fee_amount, existing.fee_paid_amount),
    created: false,
  };
}

/**
 * The portal reports a fee paid online (online public service level 4). A step of the
 * lifecycle like a payment at the desk, taken by the system; idempotent on the portal's
 * transaction id: the same report again answers what the first recorded.
 */
export async function receivePortalPayment(db: Db, input: Payment, now: Date): Promise<PortalPaymentResult> {
  const existing = await findTransaction(db, input.transactionId);
  if (existing) return repeated(existing, input);
  try {
    return await db.transaction(async (tx) => {
      const [dossier] = await tx.query<{ id: string; code: string; version: number; applicant_name: string }>(
        'SELECT id, code, version, applicant_name FROM dossiers WHERE code = $1',
        [normalizeLookupCode(input.dossierCode)],
      );
      if (!dossier) throw notFound(message('dossier_code_not_found', { code: input.dossierCode }));
      let paymentId = '';
      const handler: ActionHandler = {
        ...recordPayment,
        // The report itself is the input (checked by the route); the step takes nothing more.
        input: z.object({}),
        apply: (context) =>
          paymentEffect(
            context,
            {
              amount: input.amount,
              method: 'online',
              receiptNumber: null,
              transactionId: input.transactionId,
              payerName: input.payerName || dossier.applicant_name,
              paidAt: new Date(input.paidAt),
              note: '',
            },
            (id) => (paymentId = id),
          ),
      };
      await performActionInTransaction(tx, { dossierId: dossier.id, handler, version: dossier.version, body: {}, actor: null, now });
      const [after] = await tx.query<{ fee_amount: number; fee_paid_amount: number }>('SELECT fee_amount, fee_paid_amount FROM dossiers WHERE id = $1', [dossier.id]);
      return {
        paymentId,
        transactionId: input.transactionId,
        dossierCode: dossier.code,
        amount: input.amount,
        paidAt: new Date(input.paidAt).toISOString(),
        feeState: feeState(after!.fee_amount, after!.fee_paid_amount),
        created: true,
      };
    });
  } catch (error) {
    // The same transaction reported twice at once: the unique constraint lets one win.
    const raced = await findTransaction(db, input.transactionId);
    if (raced) return repeated(raced, input);
    throw error;
  }
}
