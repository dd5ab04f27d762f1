import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { foldText } from '../../../domain/text.ts';

/** "tran thi mai" finds "Trần Thị Mai": pickers search like the dossier search (accents and case ignored). */
export const foldedFilter: OptionsFilter = ({ options, search }) => {
  const query = foldText(search);
  return options.filter((option: ComboboxParsedItem): option is ComboboxItem => 'value' in option && foldText(option.label).includes(query));
};
