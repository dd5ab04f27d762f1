import { Trans } from 'react-i18next';
import type { CentreSettings } from '../../../domain/schemas/catalogue.ts';
import type { DossierDetail, DossierEvent } from '../../../domain/schemas/dossier.ts';
import { useSheetTranslation } from '../hooks/use-sheet-translation.ts';
import { apologyDetails } from '../utils/event-details.ts';
import { upper } from '../../../domain/official-texts/letterhead.ts';
import { officialDateParts } from '../utils/official-date.ts';
import { Letterhead } from './letterhead.tsx';
import { Sheet } from './sheet.tsx';
import { Signatures } from './signatures.tsx';
import { committeeSigner } from '../utils/committee-signer.ts';
import classes from './sheet.module.css';

export interface ApologySheetProps {
  centre: CentreSettings;
  dossier: DossierDetail;
  event: DossierEvent;
}

/**
 * Form 04: the deciding body apologises and sets a new appointment. Issued in the deciding
 * body's name and signed by its head, not by the desk.
 */
export function ApologySheet({ centre, dossier, event }: ApologySheetProps) {
  const t = useSheetTranslation();
  const title = t('print.sheet.apology.title');
  const { originalAppointmentAt, newAppointmentAt } = apologyDetails(event, dossier);
  const blank = t('print.sheet.blank');
  const dateTime = (instant: string | null) => {
    if (!instant) return blank;
    const parts = officialDateParts(instant);
    return t('print.sheet.dateTime', { hour: parts.hour, minute: parts.minute, date: parts.date });
  };
  const unit = dossier.decidingUnit.name;
  const receivedAt = dossier.receivedAt ?? dossier.submittedAt;

  return (
    <Sheet paper="A5" label={title}>
      <Letterhead centre={centre} issuer={upper(unit)} number={null} at={event.at} />
      <h1 className={classes.title}>{title}</h1>
      <p className={classes.subtitle}>
        {t('print.sheet.addressee')}: {t('print.sheet.mister')} <span className={classes.strong}>{dossier.applicant.name}</span>
      </p>
      <p>
        <Trans
          t={t}
          i18nKey="print.sheet.apology.received"
          values={{
            date: receivedAt ? officialDateParts(receivedAt).date : blank,
            centre: centre.centreName,
            code: dossier.code,
            procedure: dossier.procedureName,
          }}
          // The code never breaks across lines: it is read back over the phone.
          components={{ c: <span className={classes.nowrap} /> }}
        />
      </p>
      <p>{t('print.sheet.apology.original', { time: dateTime(originalAppointmentAt) })}</p>
      <p>{t('print.sheet.apology.reason', { unit })}</p>
      <p className={classes.quote}>{event.note}</p>
      <p>
        {t('print.sheet.apology.apology', { unit })} <span className={classes.prominent}>{dateTime(newAppointmentAt)}</span>.
      </p>
      <p>{t('print.sheet.apology.thanks')}</p>
      <Signatures
        signers={[{ ...committeeSigner(centre, event, t('print.sheet.head')), note: t('print.sheet.signAndSeal') }]}
      />
    </Sheet>
  );
}
