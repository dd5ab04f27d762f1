import type { CentreSettings } from '../../../domain/schemas/catalogue.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useSheetTranslation } from '../hooks/use-sheet-translation.ts';
import { controlSlipRows } from '../utils/control-slip-rows.ts';
import { HandoffParty } from './handoff-party.tsx';
import { Letterhead } from './letterhead.tsx';
import { Sheet } from './sheet.tsx';
import classes from './sheet.module.css';

export interface ControlSlipSheetProps {
  centre: CentreSettings;
  dossier: DossierDetail;
}

/**
 * Form 06: who held the dossier, from when, and whether each leg kept its deadline. On A4
 * portrait: a returned dossier has a dozen handoffs, which fit one A4 sheet that travels
 * in the dossier's folder, while A5 (even landscape) would spill onto a second page.
 */
export function ControlSlipSheet({ centre, dossier }: ControlSlipSheetProps) {
  const t = useSheetTranslation();
  const title = t('print.sheet.control.title');
  const rows = controlSlipRows(dossier.events);
  const citizen = dossier.submitter?.name ?? dossier.applicant.name;
  const receivedAt = dossier.receivedAt ?? dossier.submittedAt;
  const rescheduled = dossier.originalAppointmentAt && dossier.originalAppointmentAt !== dossier.appointmentAt;
  const blank = t('print.sheet.blank');

  return (
    <Sheet paper="A4" label={title}>
      <Letterhead centre={centre} at={receivedAt} />
      <h1 className={classes.title}>{title}</h1>
      <p>
        {t('print.sheet.dossierCode')}: <span className={classes.code}>{dossier.code}</span>
        {' · '}
        {t('print.sheet.control.applicant', { name: dossier.applicant.name })}
      </p>
      <p>{t('print.sheet.control.procedure', { procedure: dossier.procedureName })}</p>
      <p>
        {t('print.sheet.control.receivedAt', { time: receivedAt ? formatDateTime(receivedAt) : blank })}
        {' · '}
        <span className={classes.strong}>
          {t('print.sheet.control.appointmentAt', { time: dossier.appointmentAt ? formatDateTime(dossier.appointmentAt) : blank })}
        </span>
        {rescheduled && dossier.originalAppointmentAt && (
          <> {t('print.sheet.control.originalAppointmentAt', { time: formatDateTime(dossier.originalAppointmentAt) })}</>
        )}
      </p>
      <p>{t('print.sheet.control.decidingUnit', { unit: dossier.decidingUnit.name })}</p>
      {rows.length === 0 ? (
        <p>{t('print.sheet.control.empty')}</p>
      ) : (
        <table className={`${classes.table} ${classes.fixed}`}>
          <thead>
            <tr>
              <th style={{ width: '6%' }}>{t('print.sheet.control.columns.position')}</th>
              <th style={{ width: '18%' }}>{t('print.sheet.control.columns.from')}</th>
              <th style={{ width: '18%' }}>{t('print.sheet.control.columns.to')}</th>
              <th style={{ width: '11%' }}>{t('print.sheet.control.columns.at')}</th>
              <th style={{ width: '11%' }}>{t('print.sheet.control.columns.deadline')}</th>
              <th style={{ width: '12%' }}>{t('print.sheet.control.columns.result')}</th>
              <th>{t('print.sheet.control.columns.note')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.event.id}>
                <td className={classes.center}>{index + 1}</td>
                <td>{row.from ? <HandoffParty holder={row.from} /> : t('print.sheet.control.citizen', { name: citizen })}</td>
                <td>{row.to ? <HandoffParty holder={row.to} /> : t('print.sheet.control.citizen', { name: citizen })}</td>
                <td className={classes.center}>{formatDateTime(row.at)}</td>
                <td className={classes.center}>{row.deadlineAt ? formatDateTime(row.deadlineAt) : ''}</td>
                <td className={classes.center}>{row.result ? t(`legResult.${row.result}`) : ''}</td>
                <td>
                  <div className={classes.strong}>{t(`action.${row.event.action}`)}</div>
                  {row.note}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Sheet>
  );
}
