import { Link } from 'react-router';
import { registerColumns } from '../../../domain/official-texts/register-form.ts';
import type { RegisterRow } from '../../../domain/schemas/reports.ts';
import { formatDate, formatTime } from '../../../lib/format.ts';
import { dossierPath } from '../../../lib/paths.ts';
import { useSheetTranslation } from '../hooks/use-sheet-translation.ts';
import classes from './register.module.css';

export interface RegisterTableProps {
  rows: RegisterRow[];
  /** The id of the heading that names the table (the sheet's title). */
  labelledBy: string;
}

/** Date over time, so the date columns stay narrow enough for A4 landscape. */
function Instant({ value }: { value: string | null }) {
  if (!value) return null;
  return (
    <>
      <span className={classes.date}>{formatDate(value)}</span> <span className={classes.time}>{formatTime(value)}</span>
    </>
  );
}

/** The register's table (form 07's columns); "Ký nhận" is left blank to sign on paper. */
export function RegisterTable({ rows, labelledBy }: RegisterTableProps) {
  const t = useSheetTranslation();
  return (
    <table className={classes.table} aria-labelledby={labelledBy}>
      <colgroup>
        {registerColumns.map((column) => (
          <col key={column} className={classes[`col-${column}`]} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {registerColumns.map((column) => (
            <th key={column} scope="col">
              {t(`register.sheet.columns.${column}`)}
            </th>
          ))}
        </tr>
        <tr className={classes.columnNumbers} aria-hidden>
          {registerColumns.map((column, index) => (
            <th key={column}>({index + 1})</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td className={classes.center}>{row.number}</td>
            <td className={classes.code}>
              <Link to={dossierPath(row.id)}>{row.code}</Link>
            </td>
            <td>{row.procedureName}</td>
            <td>{row.applicantName}</td>
            <td>
              {row.address}
              {row.phone && (
                <>
                  <br />
                  {row.phone}
                </>
              )}
            </td>
            <td>{row.decidingUnitName}</td>
            <td className={classes.center}>
              <Instant value={row.receivedAt} />
            </td>
            <td className={classes.center}>
              <Instant value={row.appointmentAt} />
            </td>
            <td className={classes.center}>
              <Instant value={row.returnedAt} />
            </td>
            <td>{row.returnedAt ? t(`register.sheet.returnMethod.${row.returnMethod}`) : null}</td>
            {/* Signed by hand on the printed register. */}
            {/* oxlint-disable-next-line jsx-a11y/control-has-associated-label -- a table cell, not a control */}
            <td />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
