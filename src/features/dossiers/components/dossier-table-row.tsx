import { Anchor, Checkbox, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DossierListItem } from '../../../domain/schemas/dossier.ts';
import { Appointment } from '../../../components/appointment.tsx';
import { Holder } from '../../../components/holder.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { dossierPath } from '../../../lib/paths.ts';
import type { DossierLocationState } from '../utils/dossier-location-state.ts';
import { ReceivedCell } from './received-cell.tsx';
import classes from './dossier-table.module.css';

export interface DossierTableRowProps {
  dossier: DossierListItem;
  /** The list's search string, so the dossier page can link back to the same list. */
  listSearch: string;
  /** The row's tick box, when the list offers a bulk action. */
  selection?: { selectable: boolean; checked: boolean; onChange: (checked: boolean) => void };
  /** Quick actions in a last cell. */
  actions?: ReactNode;
}

/**
 * `000.17.22.H56-261123-0040` may break after the unit code, and only there: a narrow
 * table then shows the part that differs from row to row on a line of its own.
 */
function breakableCode(code: string) {
  const match = /^(.+-)(\d{6}-\d{4})$/.exec(code);
  if (!match) return code;
  return (
    <>
      {match[1]}
      <wbr />
      {match[2]}
    </>
  );
}

export function DossierTableRow({ dossier, listSearch, selection, actions }: DossierTableRowProps) {
  const { t } = useTranslation();
  const state: DossierLocationState = { listSearch };
  return (
    <Table.Tr bg={selection?.checked ? 'var(--mantine-primary-color-light)' : undefined}>
      {selection && (
        <Table.Td>
          <Checkbox
            aria-label={t('dossierList.selectRow', { code: dossier.code })}
            checked={selection.checked}
            disabled={!selection.selectable}
            onChange={(event) => selection.onChange(event.currentTarget.checked)}
          />
        </Table.Td>
      )}
      <Table.Td>
        <Anchor component={Link} to={dossierPath(dossier.id)} state={state} ff="monospace" fw={600} fz={14} className={classes.code}>
          {breakableCode(dossier.code)}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500} miw={110}>
          {dossier.applicantName}
        </Text>
        <Text size="sm" c="dimmed" lineClamp={2} className={`${classes.compactOnly} ${classes.secondary}`}>
          {dossier.procedureName}
        </Text>
      </Table.Td>
      <Table.Td className={classes.wideOnly}>
        <Text size="sm" lineClamp={3} title={dossier.procedureName} miw={160}>
          {dossier.procedureName}
        </Text>
      </Table.Td>
      <Table.Td>
        <StatusBadge status={dossier.status} />
        <div className={`${classes.compactOnly} ${classes.secondary}`}>
          <Holder holder={dossier.holder} />
        </div>
      </Table.Td>
      <Table.Td className={classes.wideOnly}>
        <Holder holder={dossier.holder} />
      </Table.Td>
      <Table.Td>
        <ReceivedCell dossier={dossier} />
      </Table.Td>
      <Table.Td>
        <Appointment appointmentAt={dossier.appointmentAt} dueState={dossier.dueState} layout="stacked" />
      </Table.Td>
      {actions !== undefined && <Table.Td>{actions}</Table.Td>}
    </Table.Tr>
  );
}
