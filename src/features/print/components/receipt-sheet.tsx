import type { CentreSettings } from '../../../domain/schemas/catalogue.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { formatMoney } from '../../../lib/format.ts';
import { useSheetTranslation } from '../hooks/use-sheet-translation.ts';
import { latestEvent } from '../utils/event-details.ts';
import { officialDateParts } from '../utils/official-date.ts';
import { DossierCodeQr } from './dossier-code-qr.tsx';
import { Letterhead } from './letterhead.tsx';
import { PartyLines } from './party-lines.tsx';
import { Sheet } from './sheet.tsx';
import { Signatures } from './signatures.tsx';
import classes from './sheet.module.css';

export interface ReceiptSheetProps {
  centre: CentreSettings;
  dossier: DossierDetail;
}

/** Form 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
export function ReceiptSheet({ centre, dossier }: ReceiptSheetProps) {
  const t = useSheetTranslation();
  const receivedAt = dossier.receivedAt ?? dossier.submittedAt;
  const receipt = latestEvent(dossier.events, ['receive', 'accept_online']);
  const documents = [...dossier.documents].filter((document) => document.received).sort((a, b) => a.position - b.position);
  const dateTime = (instant: string) => {
    const parts = officialDateParts(instant);
    return t('print.sheet.dateTime', { hour: parts.hour, minute: parts.minute, date: parts.date });
  };
  const title = t('print.sheet.receipt.title');

  return (
    <Sheet paper="A5" label={title}>
      <Letterhead centre={centre} number={dossier.registerNumber === null ? null : String(dossier.registerNumber)} at={receivedAt} />
      <h1 className={classes.title}>{title}</h1>
      <DossierCodeQr code={dossier.code} publicAddress={centre.publicAddress} />
      <p>
        {t('print.sheet.dossierCode')}: <span className={classes.code}>{dossier.code}</span>
      </p>
      {dossier.registerBook && (
        <p>{t('print.sheet.receipt.register', { book: dossier.registerBook, number: dossier.registerNumber ?? t('print.sheet.blank') })}</p>
      )}
      <p>
        {t('print.sheet.receipt.intro', { centre: centre.centreName })} <span className={classes.strong}>{dossier.applicant.name}</span>
      </p>
      <PartyLines applicant={dossier.applicant} submitter={dossier.submitter} withName={false} />
      <p>
        {t('print.sheet.procedure')}: <span className={classes.strong}>{dossier.procedureName}</span>
      </p>
      <p>{t('print.sheet.receipt.documents')}</p>
      {documents.length > 0 ? (
        <table className={classes.table}>
          <thead>
            <tr>
              <th style={{ width: '8%' }}>{t('print.sheet.column.position')}</th>
              <th>{t('print.sheet.column.name')}</th>
              <th style={{ width: '28%' }}>{t('print.sheet.column.form')}</th>
              <th style={{ width: '15%' }}>{t('print.sheet.column.count')}</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((document, index) => (
              <tr key={document.id}>
                <td className={classes.center}>{index + 1}</td>
                <td>{document.name}</td>
                <td>{t(`documentForm.${document.form}`)}</td>
                <td className={classes.center}>{String(document.count).padStart(2, '0')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('print.sheet.receipt.noDocuments')}</p>
      )}
      <p>{t('print.sheet.receipt.sets', { sets: String(dossier.setsCount).padStart(2, '0') })}</p>
      <p>{t('print.sheet.receipt.duration', { duration: t(`duration.${dossier.duration.unit}`, { count: dossier.duration.amount }).toLocaleLowerCase('vi') })}</p>
      <p>{t('print.sheet.receipt.receivedAt', { time: receivedAt ? dateTime(receivedAt) : t('print.sheet.blank') })}</p>
      <p>
        {t('print.sheet.receipt.appointmentAt')}{' '}
        <span className={classes.prominent} data-testid="receipt-appointment">
          {dossier.appointmentAt ? dateTime(dossier.appointmentAt) : t('print.sheet.blank')}
        </span>
      </p>
      <p>{t('print.sheet.receipt.fee', { fee: dossier.feeAmount > 0 ? formatMoney(dossier.feeAmount) : t('print.sheet.receipt.noFee') })}</p>
      <p>{t('print.sheet.receipt.returnMethod', { method: t(`returnMethod.${dossier.returnMethod}`) })}</p>
      <Signatures
        signers={[
          { title: t('print.sheet.submitter'), note: t('print.sheet.sign'), name: dossier.submitter?.name ?? dossier.applicant.name },
          { title: t('print.sheet.receiver'), note: t('print.sheet.sign'), name: receipt?.actorName },
        ]}
      />
    </Sheet>
  );
}
