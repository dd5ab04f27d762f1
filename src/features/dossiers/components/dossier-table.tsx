import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierListItem } from '../../../domain/schemas/dossier.ts';
import type { ListSortKey, SortOrder } from '../utils/dossier-list-search.ts';
import { DossierTableHead } from './dossier-table-head.tsx';
import { DossierTableRow } from './dossier-table-row.tsx';
import classes from './dossier-table.module.css';

export interface DossierTableProps {
  dossiers: DossierListItem[];
  page: number;
  sort: ListSortKey;
  order: SortOrder;
  onSort: (column: ListSortKey) => void;
  /** The next page is loading; the current rows stay, dimmed. */
  busy: boolean;
  listSearch: string;
}

/** Minimum width before the table scrolls sideways (tablets in portrait). */
export const dossierTableMinWidth = 720;

export function DossierTable({ dossiers, page, sort, order, onSort, busy, listSearch }: DossierTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={dossierTableMinWidth} className={classes.container}>
      <Table aria-busy={busy} style={{ opacity: busy ? 0.6 : 1, transition: 'opacity 120ms' }}>
        <VisuallyHidden component="caption">{t('dossierList.tableCaption', { page })}</VisuallyHidden>
        <DossierTableHead sort={sort} order={order} onSort={onSort} />
        <Table.Tbody>
          {dossiers.map((dossier) => (
            <DossierTableRow key={dossier.id} dossier={dossier} listSearch={listSearch} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
