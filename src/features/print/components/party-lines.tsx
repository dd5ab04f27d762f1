import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { useSheetTranslation } from '../hooks/use-sheet-translation.ts';
import classes from './sheet.module.css';

export interface PartyLinesProps {
  applicant: Pick<DossierDetail['applicant'], 'name' | 'address'> & Partial<Pick<DossierDetail['applicant'], 'idNumber' | 'phone' | 'email'>>;
  submitter?: DossierDetail['submitter'];
  /** False when the sentence before already names the applicant. @default true */
  withName?: boolean;
}

/** "Ông/bà: …" and the applicant's particulars; the submitter when someone else handed it in. */
export function PartyLines({ applicant, submitter, withName = true }: PartyLinesProps) {
  const t = useSheetTranslation();
  // ID and phone share a line: the receipt must fit one A5 page.
  const identity = [
    applicant.idNumber && `${t('print.sheet.idNumber')}: ${applicant.idNumber}`,
    applicant.phone && `${t('print.sheet.phone')}: ${applicant.phone}`,
  ].filter(Boolean);
  return (
    <>
      {withName && (
        <p>
          {t('print.sheet.mister')}: <span className={classes.strong}>{applicant.name}</span>
        </p>
      )}
      {identity.length > 0 && <p>{identity.join(' · ')}</p>}
      {applicant.address && (
        <p>
          {t('print.sheet.address')}: {applicant.address}
        </p>
      )}
      {applicant.email && (
        <p>
          {t('print.sheet.email')}: {applicant.email}
        </p>
      )}
      {submitter && (
        <p>
          {t('print.sheet.receipt.submittedBy')}: <span className={classes.strong}>{submitter.name}</span>
          {submitter.idNumber && ` · ${t('print.sheet.idNumber')}: ${submitter.idNumber}`}
          {submitter.phone && ` · ${t('print.sheet.phone')}: ${submitter.phone}`}
        </p>
      )}
    </>
  );
}
