import type { CentreSettings } from '../../../domain/schemas/catalogue.ts';
import { useSheetTranslation } from '../hooks/use-sheet-translation.ts';
import { officialDateParts } from '../utils/official-date.ts';
import { issuingBody, upper } from '../../../domain/official-texts/letterhead.ts';
import classes from './sheet.module.css';

export interface LetterheadProps {
  centre: CentreSettings;
  /** The issuing body in capitals; the centre by default (form 04 is the deciding body's). */
  issuer?: string;
  /** "Số: …": null prints dots to fill by hand; left out, the form has no number line. */
  number?: string | null;
  /** The date of the document, printed after the place; null leaves dots to fill by hand. */
  at: string | null;
}

/**
 * The header block of every official form: issuing body and number on the left, the
 * national name and motto on the right with the place and date in italics.
 */
export function Letterhead({ centre, issuer, number, at }: LetterheadProps) {
  const t = useSheetTranslation();
  const blank = t('print.sheet.blank');
  const date = at ? officialDateParts(at) : { day: blank, month: blank, year: blank };
  return (
    <header className={classes.letterhead}>
      <div>
        <div className={classes.parent}>{upper(centre.peoplesCommittee)}</div>
        <div className={classes.issuer}>{issuer ?? issuingBody(centre)}</div>
        <span className={`${classes.rule} ${classes.issuerRule}`} aria-hidden />
        {number !== undefined && (
          <div className={classes.number}>{t('print.sheet.number', { number: number || t('print.sheet.blank') })}</div>
        )}
      </div>
      <div>
        <div className={classes.nation}>{t('print.sheet.nation')}</div>
        <div className={classes.motto}>{t('print.sheet.motto')}</div>
        <span className={`${classes.rule} ${classes.mottoRule}`} aria-hidden />
        <div className={classes.placeDate}>
          {t('print.sheet.placeDate', { place: centre.place, day: date.day, month: date.month, year: date.year })}
        </div>
      </div>
    </header>
  );
}
