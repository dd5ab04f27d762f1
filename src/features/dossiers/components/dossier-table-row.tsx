import { Anchor, Checkbox, Text } from '@mantine/core';
import { LightTable } from '../../../components/light-table.tsx';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DossierListItem } from '../../../domain/schemas/dossier.ts';
import { Appointment } from '../../../components/appointment.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { dossierPath } from '../../../lib/paths.ts';
import { rowLinkAttribute } from '../../../lib/focus-return.ts';
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

export function DossierTableRow({ dossier, listSearch, selection, actions }: DossierTableRowProps) {
  const { t } = useTranslation();
  const state: DossierLocationState = { listSearch };
  const { holder } = dossier;
  // The person when one holds it (the unit is in the title), else the unit.
  const holderLine = holder.userName ?? holder.unitShortName;
  const holderTitle = holder.userName ? `${holder.userName} · ${holder.unitName}` : holder.unitName;
  return (
    <LightTable.Tr className={classes.row} bg={selection?.checked ? 'var(--mantine-primary-color-light)' : undefined}>
      {selection && (
        <LightTable.Td>
          <Checkbox
            aria-label={t('dossierList.selectRow', { code: dossier.code })}
            checked={selection.checked}
            disabled={!selection.selectable}
            onChange={(event) => selection.onChange(event.currentTarget.checked)}
          />
        </LightTable.Td>
      )}
      <LightTable.Td>
        <Anchor
          component={Link}
          to={dossierPath(dossier.id)}
          state={state}
          ff="monospace"
          fw={600}
          fz={13}
          className={classes.code}
          {...{ [rowLinkAttribute]: true }}
        >
          {dossier.code}
        </Anchor>
      </LightTable.Td>
      <LightTable.Td>
        <Text size="sm" fw={500} className={`${classes.oneLine} ${classes.applicant}`} title={dossier.applicantName}>
          {dossier.applicantName}
        </Text>
        <Text size="sm" c="dimmed" lineClamp={2} className={`${classes.compactOnly} ${classes.secondary}`}>
          {dossier.procedureName}
        </Text>
      </LightTable.Td>
      <LightTable.Td className={`${classes.wideOnly} ${classes.fill}`}>
        <Text size="sm" className={classes.oneLine} title={dossier.procedureName}>
          {dossier.procedureName}
        </Text>
      </LightTable.Td>
      <LightTable.Td className={classes.status}>
        <StatusBadge status={dossier.status} />
        <Text size="xs" c="dimmed" className={`${classes.compactOnly} ${classes.secondary}`} title={holderTitle}>
          {holderLine}
        </Text>
      </LightTable.Td>
      <LightTable.Td className={classes.wideOnly}>
        <Text size="sm" className={`${classes.oneLine} ${classes.holder}`} title={holderTitle}>
          {holderLine}
        </Text>
      </LightTable.Td>
      <LightTable.Td className={classes.nowrap}>
        <ReceivedCell dossier={dossier} />
      </LightTable.Td>
      <LightTable.Td className={classes.nowrap}>
        <Appointment appointmentAt={dossier.appointmentAt} dueState={dossier.dueState} layout="line" />
      </LightTable.Td>
      {actions !== undefined && <LightTable.Td>{actions}</LightTable.Td>}
    </LightTable.Tr>
  );
}
