import { Trans } from 'react-i18next';
import type { CentreSettings } from '../../../domain/schemas/catalogue.ts';
import type { DossierDetail, DossierEvent } from '../../../domain/schemas/dossier.ts';
import { useSheetTranslation } from '../hooks/use-sheet-translation.ts';
import { officialDateParts } from '../utils/official-date.ts';
import { Letterhead } from './letterhead.tsx';
import { Sheet } from './sheet.tsx';
import { Signatures } from './signatures.tsx';
import { committeeSigner } from '../utils/committee-signer.ts';
import classes from './sheet.module.css';

export interface StopNoticeSheetProps {
  centre: CentreSettings;
  dossier: DossierDetail;
  /** The withdrawal or stop. */
  event: DossierEvent;
}

/** Form 05: Thông báo dừng giải quyết hồ sơ, after a withdrawal or a stop. */
export function StopNoticeSheet({ centre, dossier, event }: StopNoticeSheetProps) {
  const t = useSheetTranslation();
  const title = t('print.sheet.stop.title');
  const receivedAt = dossier.receivedAt ?? dossier.submittedAt;
  const at = officialDateParts(event.at);
  const time = t('print.sheet.dateTime', { hour: at.hour, minute: at.minute, date: at.date });
  return (
    <Sheet paper="A5" label={title}>
      <Letterhead centre={centre} number={null} at={event.at} />
      <h1 className={classes.title}>{title}</h1>
      <p className={classes.subtitle}>
        {t('print.sheet.addressee')}: {t('print.sheet.mister')} <span className={classes.strong}>{dossier.applicant.name}</span>
      </p>
      <p>
        <Trans
          t={t}
          i18nKey="print.sheet.stop.received"
          values={{
            date: receivedAt ? officialDateParts(receivedAt).date : t('print.sheet.blank'),
            centre: centre.centreName,
            code: dossier.code,
            procedure: dossier.procedureName,
          }}
          // The code never breaks across lines: it is read back over the phone.
          components={{ c: <span className={classes.nowrap} /> }}
        />
      </p>
      <p>{event.action === 'withdraw' ? t('print.sheet.stop.withdraw', { time }) : t('print.sheet.stop.stop', { time })}</p>
      <p>
        <span className={classes.strong}>{t('print.sheet.stop.reason')}:</span> {event.note}
      </p>
      <p>{t('print.sheet.stop.closing')}</p>
      <Signatures
        signers={[{ ...committeeSigner(centre, event, t('print.sheet.head')), note: t('print.sheet.signAndSeal') }]}
      />
    </Sheet>
  );
}
