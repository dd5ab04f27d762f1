import { Skeleton, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListSortKey, SortOrder } from '../utils/dossier-list-search.ts';
import { DossierTableHead } from './dossier-table-head.tsx';
import { dossierTableMinWidth } from './dossier-table.tsx';
import classes from './dossier-table.module.css';

export interface DossierTableSkeletonProps {
  rows: number;
  sort: ListSortKey;
  order: SortOrder;
  onSort: (column: ListSortKey) => void;
}

const cellWidths = ['85%', '70%', '90%', '60%', '75%', '55%', '65%'];

/** The table's shape while the first page loads, so nothing jumps when rows arrive. */
export function DossierTableSkeleton({ rows, sort, order, onSort }: DossierTableSkeletonProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={dossierTableMinWidth} className={classes.container}>
      <VisuallyHidden component="output">{t('dossierList.loading')}</VisuallyHidden>
      <Table aria-busy>
        <DossierTableHead sort={sort} order={order} onSort={onSort} />
        <Table.Tbody>
          {Array.from({ length: rows }, (_, row) => (
            <Table.Tr key={row}>
              {cellWidths.map((width, cell) => (
                <Table.Td key={cell} className={cell === 2 || cell === 4 ? classes.wideOnly : undefined}>
                  <Skeleton height={14} width={width} radius="sm" />
                  {cell >= 4 && <Skeleton height={10} width="50%" radius="sm" mt={6} />}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
