import type { CentreSettings } from '../../../domain/schemas/catalogue.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import type { FeePayment } from '../../../domain/schemas/fees.ts';
import { amountInWords } from '../../../domain/official-texts/amount-in-words.ts';
import { formatAmount } from '../../../domain/fees.ts';
import { useSheetTranslation } from '../hooks/use-sheet-translation.ts';
import { officialDateParts } from '../utils/official-date.ts';
import { Letterhead } from './letterhead.tsx';
import { Sheet } from './sheet.tsx';
import { Signatures } from './signatures.tsx';
import classes from './sheet.module.css';

export interface FeeReceiptSheetProps {
  centre: CentreSettings;
  dossier: DossierDetail;
  payment: FeePayment;
}

/**
 * Biên lai thu tiền phí, lệ phí: the receipt the desk hands over for money it took, with
 * the amount in figures and in words, what it pays for (the fee lines of the procedure
 * version the dossier was received under), and both signatures.
 */
export function FeeReceiptSheet({ centre, dossier, payment }: FeeReceiptSheetProps) {
  const t = useSheetTranslation();
  const title = t('print.sheet.feeReceipt.title');
  const paid = officialDateParts(payment.paidAt);
  const lines = dossier.fee.lines.filter((line) => line.amount > 0 || line.note.trim() !== '');
  return (
    <Sheet paper="A5" label={title}>
      <Letterhead centre={centre} number={payment.receiptNumber ?? payment.transactionId} at={payment.paidAt} />
      <h1 className={classes.title}>{title}</h1>
      <p>{t('print.sheet.feeReceipt.unit', { unit: centre.centreName })}</p>
      <p>
        {t('print.sheet.feeReceipt.payer')} <span className={classes.strong}>{payment.payerName}</span>
      </p>
      <p>{t('print.sheet.feeReceipt.dossier', { code: dossier.code, procedure: dossier.procedureName })}</p>
      {lines.length > 0 && (
        <p>
          {t('print.sheet.feeReceipt.content')}{' '}
          {lines.map((line) => `${t(`print.sheet.feeReceipt.kind.${line.kind}`)}${line.note ? ` (${line.note})` : ''}`).join('; ')}
        </p>
      )}
      <p>
        {t('print.sheet.feeReceipt.amount')}{' '}
        <span className={classes.prominent} data-testid="fee-receipt-amount">
          {t('print.sheet.feeReceipt.amountValue', { amount: formatAmount(payment.amount) })}
        </span>
      </p>
      <p className={classes.italic}>{t('print.sheet.feeReceipt.inWords', { words: amountInWords(payment.amount) })}</p>
      <p>{t('print.sheet.feeReceipt.method', { method: t(`print.sheet.feeReceipt.methods.${payment.method}`) })}</p>
      {payment.transactionId && <p>{t('print.sheet.feeReceipt.transaction', { id: payment.transactionId })}</p>}
      <p>{t('print.sheet.feeReceipt.paidAt', { time: t('print.sheet.dateTime', { hour: paid.hour, minute: paid.minute, date: paid.date }) })}</p>
      <Signatures
        signers={[
          { title: t('print.sheet.feeReceipt.payerSign'), note: t('print.sheet.sign'), name: payment.payerName },
          { title: t('print.sheet.feeReceipt.collector'), note: t('print.sheet.sign'), name: payment.recordedByName },
        ]}
      />
    </Sheet>
  );
}
