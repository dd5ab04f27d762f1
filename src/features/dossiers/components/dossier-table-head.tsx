import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListSortKey, SortOrder } from '../utils/dossier-list-search.ts';
import { SortableTh } from './sortable-th.tsx';
import classes from './dossier-table.module.css';

export interface DossierTableHeadProps {
  sort: ListSortKey;
  order: SortOrder;
  onSort: (column: ListSortKey) => void;
}

/** The list's column headers; shared by the table and its loading skeleton. */
export function DossierTableHead({ sort, order, onSort }: DossierTableHeadProps) {
  const { t } = useTranslation();
  const sortProps = { sort, order, onSort };
  return (
    <Table.Thead>
      <Table.Tr>
        <SortableTh column="code" label={t('dossierList.columns.code')} {...sortProps} />
        <Table.Th>
          {t('dossierList.columns.applicant')}
          <span className={classes.compactOnly}>{t('dossierList.columns.procedure')}</span>
        </Table.Th>
        <Table.Th className={classes.wideOnly}>{t('dossierList.columns.procedure')}</Table.Th>
        <Table.Th miw={150}>
          {t('dossierList.columns.status')}
          <span className={classes.compactOnly}>{t('dossierList.columns.holder')}</span>
        </Table.Th>
        <Table.Th miw={150} className={classes.wideOnly}>
          {t('dossierList.columns.holder')}
        </Table.Th>
        <SortableTh column="received_at" label={t('dossierList.columns.receivedAt')} {...sortProps} />
        <SortableTh column="appointment_at" label={t('dossierList.columns.appointmentAt')} {...sortProps} />
      </Table.Tr>
    </Table.Thead>
  );
}
