import { VisuallyHidden } from '@mantine/core';
import { LightTable } from '../../../components/light-table.tsx';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierListItem } from '../../../domain/schemas/dossier.ts';
import { useRowKeys } from '../hooks/use-row-keys.ts';
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
  /** Rows can be ticked for a bulk action (a work queue's tools). */
  selection?: DossierTableSelection;
  /** A last column of quick actions (a work queue's tools). */
  rowActions?: { label: string; render: (dossier: DossierListItem) => ReactNode };
}

export interface DossierTableSelection {
  selectedIds: ReadonlySet<string>;
  /** Rows the user may act on; the others show a disabled box. */
  isSelectable: (dossier: DossierListItem) => boolean;
  onChange: (selectedIds: ReadonlySet<string>) => void;
}

/** Minimum width before the table scrolls sideways (tablets in portrait). */
export const dossierTableMinWidth = 720;

export function DossierTable({ dossiers, page, sort, order, onSort, busy, listSearch, selection, rowActions }: DossierTableProps) {
  const { t } = useTranslation();
  const table = useRef<HTMLTableElement>(null);
  useRowKeys(table, dossiers);
  const selectable = selection ? dossiers.filter(selection.isSelectable) : [];
  const ticked = selectable.filter((dossier) => selection?.selectedIds.has(dossier.id)).length;
  const toggle = (dossier: DossierListItem, checked: boolean) => {
    if (!selection) return;
    const next = new Set(selection.selectedIds);
    if (checked) next.add(dossier.id);
    else next.delete(dossier.id);
    selection.onChange(next);
  };
  const selectAll = selection && {
    checked: selectable.length > 0 && ticked === selectable.length,
    indeterminate: ticked > 0 && ticked < selectable.length,
    disabled: selectable.length === 0,
    onChange: (checked: boolean) => selection.onChange(new Set(checked ? selectable.map((dossier) => dossier.id) : [])),
  };
  return (
    <LightTable.ScrollContainer minWidth={dossierTableMinWidth} className={classes.container} data-row-actions={rowActions ? true : undefined}>
      <LightTable ref={table} aria-busy={busy} verticalSpacing={6} horizontalSpacing={10} style={{ opacity: busy ? 0.6 : 1, transition: 'opacity 120ms' }}>
        <VisuallyHidden component="caption">{t('dossierList.tableCaption', { page })}</VisuallyHidden>
        <DossierTableHead sort={sort} order={order} onSort={onSort} selectAll={selectAll} actionsLabel={rowActions?.label} />
        <LightTable.Tbody>
          {dossiers.map((dossier) => (
            <DossierTableRow
              key={dossier.id}
              dossier={dossier}
              listSearch={listSearch}
              selection={
                selection && {
                  selectable: selection.isSelectable(dossier),
                  checked: selection.selectedIds.has(dossier.id),
                  onChange: (checked) => toggle(dossier, checked),
                }
              }
              actions={rowActions?.render(dossier)}
            />
          ))}
        </LightTable.Tbody>
      </LightTable>
    </LightTable.ScrollContainer>
  );
}
