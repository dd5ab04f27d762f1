import type { CentreSettings } from '../../../domain/schemas/catalogue.ts';
import type { RegisterRow } from '../../../domain/schemas/reports.ts';
import { formatLocalDate, type ReportPeriod } from '../../../lib/report-period.ts';
import { useSheetTranslation } from '../hooks/use-sheet-translation.ts';
import { RegisterTable } from './register-table.tsx';
import classes from './register.module.css';

export interface RegisterSheetProps {
  centre: CentreSettings;
  period: ReportPeriod;
  /** Names of the filters in force, printed under the period (the book says what it holds). */
  filterLines: string[];
  rows: RegisterRow[];
}

/** Capitals as a Vietnamese reader expects them. */
function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/**
 * Form 07 as it prints: the issuing body and the national motto, the title, the period,
 * then the bordered table in a serif face. The same element is the screen view.
 */
export function RegisterSheet({ centre, period, filterLines, rows }: RegisterSheetProps) {
  const t = useSheetTranslation();
  return (
    <article className={classes.sheet} aria-labelledby="register-sheet-title" lang="vi">
      <header className={classes.letterhead}>
        <div>
          <div>{upper(centre.peoplesCommittee)}</div>
          {/* As in the Excel export: the centre's full name. */}
          <div className={classes.strong}>{upper(centre.centreName)}</div>
          <span className={`${classes.rule} ${classes.issuerRule}`} aria-hidden />
        </div>
        <div>
          <div className={classes.strong}>{t('register.sheet.nation')}</div>
          <div className={`${classes.strong} ${classes.motto}`}>{t('register.sheet.motto')}</div>
          <span className={`${classes.rule} ${classes.mottoRule}`} aria-hidden />
        </div>
      </header>
      <h2 id="register-sheet-title" className={classes.title}>
        {t('register.sheet.title')}
      </h2>
      <p className={classes.period}>
        {t('register.sheet.period', { from: formatLocalDate(period.from), to: formatLocalDate(period.to) })}
      </p>
      {filterLines.map((line) => (
        <p key={line} className={classes.filterLine}>
          {line}
        </p>
      ))}
      <div className={classes.tableScroll}>
        <RegisterTable rows={rows} labelledBy="register-sheet-title" />
      </div>
    </article>
  );
}
