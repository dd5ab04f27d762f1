import { MultiSelect, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dossierStatuses, type DossierStatus } from '../../../domain/dossier-status.ts';
import { foldText } from '../../../domain/text.ts';

export interface DossierStatusFilterProps {
  value: readonly DossierStatus[];
  onChange: (status: DossierStatus[]) => void;
}

/** "cho bo sung" finds "Chờ bổ sung": the same accent folding as the dossier search. */
const foldedFilter: OptionsFilter<DossierStatus> = ({ options, search }) => {
  const query = foldText(search);
  return options.filter(
    (option): option is Extract<ComboboxParsedItem<DossierStatus>, { value: DossierStatus }> =>
      'value' in option && foldText(option.label).includes(query),
  );
};

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
      filter={foldedFilter}
      clearable
      clearButtonProps={{ 'aria-label': t('dossierList.clearFilters') }}
      hidePickedOptions={false}
      maxDropdownHeight={360}
      w={{ base: '100%', sm: 380 }}
    />
  );
}
