import { UnstyledButton } from '@mantine/core';
import { LightTable } from '../../../components/light-table.tsx';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ListSortKey, SortOrder } from '../utils/dossier-list-search.ts';
import classes from './sortable-th.module.css';

export interface SortableThProps {
  column: ListSortKey;
  label: string;
  /** The list's current sort. */
  sort: ListSortKey;
  order: SortOrder;
  onSort: (column: ListSortKey) => void;
  width?: number | string;
}

/** A column header that sorts the list; its state is announced through aria-sort. */
export function SortableTh({ column, label, sort, order, onSort, width }: SortableThProps) {
  const active = sort === column;
  const Icon = !active ? IconArrowsSort : order === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <LightTable.Th aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'} w={width}>
      <UnstyledButton className={classes.button} data-active={active || undefined} onClick={() => onSort(column)}>
        {label}
        <Icon className={classes.icon} size={16} aria-hidden />
      </UnstyledButton>
    </LightTable.Th>
  );
}
