import { Checkbox } from '@mantine/core';
import { LightTable } from '../../../components/light-table.tsx';
import { useTranslation } from 'react-i18next';
import type { ListSortKey, SortOrder } from '../utils/dossier-list-search.ts';
import { SortableTh } from './sortable-th.tsx';
import classes from './dossier-table.module.css';

export interface DossierTableHeadProps {
  sort: ListSortKey;
  order: SortOrder;
  onSort: (column: ListSortKey) => void;
  /** A leading column of tick boxes, this one ticking every selectable row of the page. */
  selectAll?: { checked: boolean; indeterminate: boolean; disabled: boolean; onChange: (checked: boolean) => void };
  /** The header of a trailing column of row actions. */
  actionsLabel?: string;
}

/** The list's column headers; shared by the table and its loading skeleton. */
export function DossierTableHead({ sort, order, onSort, selectAll, actionsLabel }: DossierTableHeadProps) {
  const { t } = useTranslation();
  const sortProps = { sort, order, onSort };
  return (
    <LightTable.Thead>
      <LightTable.Tr>
        {selectAll && (
          <LightTable.Th w={44}>
            <Checkbox
              aria-label={t('dossierList.selectAll')}
              checked={selectAll.checked}
              indeterminate={selectAll.indeterminate}
              disabled={selectAll.disabled}
              onChange={(event) => selectAll.onChange(event.currentTarget.checked)}
            />
          </LightTable.Th>
        )}
        <SortableTh column="code" label={t('dossierList.columns.code')} {...sortProps} />
        <LightTable.Th>
          {t('dossierList.columns.applicant')}
          <span className={classes.compactOnly}>{t('dossierList.columns.procedure')}</span>
        </LightTable.Th>
        <LightTable.Th className={classes.wideOnly}>{t('dossierList.columns.procedure')}</LightTable.Th>
        <LightTable.Th className={classes.status}>
          {t('dossierList.columns.status')}
          <span className={classes.compactOnly}>{t('dossierList.columns.holder')}</span>
        </LightTable.Th>
        <LightTable.Th className={classes.wideOnly}>
          {t('dossierList.columns.holder')}
        </LightTable.Th>
        <SortableTh column="received_at" label={t('dossierList.columns.receivedAt')} {...sortProps} />
        <SortableTh column="appointment_at" label={t('dossierList.columns.appointmentAt')} {...sortProps} />
        {actionsLabel && <LightTable.Th>{actionsLabel}</LightTable.Th>}
      </LightTable.Tr>
    </LightTable.Thead>
  );
}
