import type { CentreSettings } from '../../../domain/schemas/catalogue.ts';
import { useSheetTranslation } from '../hooks/use-sheet-translation.ts';
import { officialDateParts } from '../utils/official-date.ts';
import { Letterhead } from './letterhead.tsx';
import { Sheet } from './sheet.tsx';
import { Signatures } from './signatures.tsx';
import classes from './sheet.module.css';

export interface SupplementRequestSheetProps {
  centre: CentreSettings;
  number: string | null;
  /** When the papers were examined: the slip's or the request's date. */
  at: string;
  applicantName: string;
  procedure: { code: string; name: string };
  items: readonly { name: string; note: string }[];
  reason: string;
  /** The supplement deadline of a request made during processing. */
  deadline?: string | null;
  officer: { name: string | null; phone: string | null };
  /** A walk-in signs for the slip handed to them; a posted one has no submitter's block. */
  submitterSigns: boolean;
}

/** Form 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
export function SupplementRequestSheet(props: SupplementRequestSheetProps) {
  const { centre, number, at, applicantName, procedure, items, reason, deadline, officer, submitterSigns } = props;
  const t = useSheetTranslation();
  const title = t('print.sheet.supplement.title');
  const blank = t('print.sheet.blank');
  const deadlineParts = deadline ? officialDateParts(deadline) : null;
  const guide = { title: t('print.sheet.guide'), note: t('print.sheet.sign'), name: officer.name };

  return (
    <Sheet paper="A5" label={title}>
      <Letterhead centre={centre} number={number} at={at} />
      <h1 className={classes.title}>{title}</h1>
      <p className={classes.subtitle}>
        {t('print.sheet.supplement.intro')}{' '}
        <span className={classes.strong}>{applicantName}</span>
      </p>
      <p>
        {t('print.sheet.procedure')}: <span className={classes.strong}>{procedure.name}</span>
      </p>
      <p>{t('print.sheet.supplement.received', { date: officialDateParts(at).date, centre: centre.centreName })}</p>
      <p>{t('print.sheet.supplement.request')}</p>
      {/* A request recorded without a list of papers: its reason is what to add or fix. */}
      {items.length === 0 && <p className={classes.quote}>{reason}</p>}
      {items.length > 0 && (
        <table className={classes.table}>
          <thead>
            <tr>
              <th style={{ width: '9%' }}>{t('print.sheet.column.position')}</th>
              <th>{t('print.sheet.supplement.itemColumn')}</th>
              <th style={{ width: '38%' }}>{t('print.sheet.column.note')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr key={`${index}-${item.name}`}>
                <td className={classes.center}>{index + 1}</td>
                <td>{item.name}</td>
                <td>{item.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {items.length > 0 && (
        <p>
          <span className={classes.strong}>{t('print.sheet.supplement.reason')}:</span> {reason}
        </p>
      )}
      {deadlineParts && (
        <p>{t('print.sheet.supplement.deadline', { time: t('print.sheet.dateTime', { hour: deadlineParts.hour, minute: deadlineParts.minute, date: deadlineParts.date }) })}</p>
      )}
      <p>{t('print.sheet.supplement.basis', { code: procedure.code })}</p>
      <p>{t('print.sheet.supplement.contact', { name: officer.name || blank, phone: officer.phone || blank })}</p>
      <p>{t('print.sheet.supplement.apology')}</p>
      <Signatures
        signers={submitterSigns ? [{ title: t('print.sheet.submitter'), note: t('print.sheet.sign'), name: applicantName }, guide] : [guide]}
      />
    </Sheet>
  );
}
