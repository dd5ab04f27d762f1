import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dossierStatuses, type DossierStatus } from '../../../domain/dossier-status.ts';
import { foldedFilterBy } from '../../../lib/folded-filter.ts';

export interface DossierStatusFilterProps {
  value: readonly DossierStatus[];
  onChange: (status: DossierStatus[]) => void;
}

/** "cho bo sung" finds "Chờ bổ sung": the pickers' one search. */
const statusFilter = foldedFilterBy<DossierStatus>();

/** Several statuses at once; none selected means all. */
export function DossierStatusFilter({ value, onChange }: DossierStatusFilterProps) {
  const { t } = useTranslation();
  const data = dossierStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }));
  return (
    <MultiSelect<DossierStatus>
      label={t('dossierList.statusFilter')}
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
      w={{ base: '100%', sm: 380 }}
    />
  );
}
