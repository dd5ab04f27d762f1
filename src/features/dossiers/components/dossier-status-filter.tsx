import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dossierStatuses, type DossierStatus } from '../../../domain/dossier-status.ts';
import { foldedFilterBy } from '../../../lib/folded-filter.ts';
import type { LazyControlProps } from '../../../lib/lazy-control.tsx';
import { statusFilterWidth, type DossierStatusFilterProps } from './dossier-status-filter-placeholder.tsx';

/** "cho bo sung" finds "Chờ bổ sung": the pickers' one search. */
const statusFilter = foldedFilterBy<DossierStatus>();

/** Several statuses at once; none selected means all. */
export function DossierStatusFilter({ value, onChange, openOnArrival }: DossierStatusFilterProps & LazyControlProps) {
  const { t } = useTranslation();
  const data = dossierStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }));
  return (
    <MultiSelect<DossierStatus>
      // Named, not labelled: the toolbar above the list stays one line high.
      aria-label={t('dossierList.statusFilter')}
      placeholder={value.length ? undefined : t('dossierList.statusFilterPlaceholder')}
      data={data}
      value={[...value]}
      onChange={onChange}
      searchable
      filter={statusFilter}
      clearable
      clearButtonProps={{ 'aria-label': t('dossierList.clearFilters') }}
      hidePickedOptions={false}
      maxDropdownHeight={360}
      defaultDropdownOpened={openOnArrival}
      w={statusFilterWidth}
    />
  );
}
