import type { CentreSettings } from '../../../domain/schemas/catalogue.ts';
import { useSheetTranslation } from '../hooks/use-sheet-translation.ts';
import { Letterhead } from './letterhead.tsx';
import { Sheet } from './sheet.tsx';
import { Signatures } from './signatures.tsx';
import classes from './sheet.module.css';

export interface RefusalSheetProps {
  centre: CentreSettings;
  number: string | null;
  at: string;
  applicant: { name: string; address: string };
  procedureName: string;
  reason: string;
  officerName: string | null;
}

/** Form 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
export function RefusalSheet({ centre, number, at, applicant, procedureName, reason, officerName }: RefusalSheetProps) {
  const t = useSheetTranslation();
  const title = t('print.sheet.refusal.title');
  return (
    <Sheet paper="A5" label={title}>
      <Letterhead centre={centre} number={number} at={at} />
      <h1 className={classes.title}>{title}</h1>
      <p>
        {t('print.sheet.refusal.intro', { centre: centre.centreName })}{' '}
        <span className={classes.strong}>{applicant.name}</span>
      </p>
      {applicant.address && (
        <p>
          {t('print.sheet.address')}: {applicant.address}
        </p>
      )}
      <p>
        {t('print.sheet.procedure')}: <span className={classes.strong}>{procedureName}</span>
      </p>
      <p>{t('print.sheet.refusal.body', { centre: centre.centreName })}</p>
      <p className={classes.quote}>{reason}</p>
      <p>{t('print.sheet.refusal.closing')}</p>
      <Signatures signers={[{ title: t('print.sheet.receiver'), note: t('print.sheet.sign'), name: officerName }]} />
    </Sheet>
  );
}
