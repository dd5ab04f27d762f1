import type { ComboboxItem, ComboboxParsedItem, OptionsFilter, Primitive } from '@mantine/core';
import { foldText } from '../domain/text.ts';

/**
 * The one search of every picker (procedures, fields, units, staff, statuses): the same
 * accent folding as the dossier search, words in any order. An option matches when every
 * typed word occurs in its folded label, or in `searchText(option)` when given (a procedure
 * is also found by its national code and field): "tran thi mai" finds "Trần Thị Mai",
 * "xac nhan hon nhan" and "1.004873" find the same procedure. Groups keep their matching options.
 */
export function foldedFilterBy<Value extends Primitive = string>(searchText?: (item: ComboboxItem<Value>) => string): OptionsFilter<Value> {
  return ({ options, search }) => {
    const words = foldText(search).split(' ').filter(Boolean);
    if (words.length === 0) return options;
    // Folded per keystroke: a picker holds at most a few hundred short labels.
    const matches = (item: ComboboxItem<Value>) => {
      const text = foldText(searchText ? searchText(item) : item.label);
      return words.every((word) => text.includes(word));
    };
    const result: ComboboxParsedItem<Value>[] = [];
    for (const option of options) {
      if ('group' in option) {
        const items = option.items.filter(matches);
        if (items.length > 0) result.push({ group: option.group, items });
      } else if (matches(option)) {
        result.push(option);
      }
    }
    return result;
  };
}

/** The picker search by label: `<Select searchable filter={foldedFilter} …>`. */
export const foldedFilter: OptionsFilter = foldedFilterBy();
