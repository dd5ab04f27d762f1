import { Skeleton, VisuallyHidden } from '@mantine/core';
import { LightTable } from '../../../components/light-table.tsx';
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
    <LightTable.ScrollContainer minWidth={dossierTableMinWidth} className={classes.container}>
      <VisuallyHidden component="output">{t('dossierList.loading')}</VisuallyHidden>
      <LightTable aria-busy verticalSpacing={6} horizontalSpacing={10}>
        <DossierTableHead sort={sort} order={order} onSort={onSort} />
        <LightTable.Tbody>
          {Array.from({ length: rows }, (_, row) => (
            <LightTable.Tr key={row}>
              {cellWidths.map((width, cell) => (
                <LightTable.Td key={cell} className={cell === 2 || cell === 4 ? classes.wideOnly : undefined}>
                  <Skeleton height={14} width={width} radius="sm" />
                  {cell >= 4 && <Skeleton height={10} width="50%" radius="sm" mt={6} />}
                </LightTable.Td>
              ))}
            </LightTable.Tr>
          ))}
        </LightTable.Tbody>
      </LightTable>
    </LightTable.ScrollContainer>
  );
}
