import type { ComboboxItem, ComboboxParsedItem, OptionsFilter, Primitive } from '@mantine/core';
import { foldText } from '../domain/text.ts';

/**
 * A matcher for typed text, folded as the dossier search folds it: true when every typed
 * word occurs in the (folded) text, in any order; everything matches an empty search.
 */
export function foldedMatcher(search: string): (text: string) => boolean {
  const words = foldText(search).split(' ').filter(Boolean);
  return (text) => {
    if (words.length === 0) return true;
    const folded = foldText(text);
    return words.every((word) => folded.includes(word));
  };
}

/**
 * The one search of every picker (procedures, fields, units, staff, statuses): the same
 * accent folding as the dossier search, words in any order. An option matches when every
 * typed word occurs in its folded label, or in `searchText(option)` when given (a procedure
 * is also found by its national code and field): "tran thi mai" finds "Trần Thị Mai",
 * "xac nhan hon nhan" and "1.004873" find the same procedure. Groups keep their matching options.
 */
export function foldedFilterBy<Value extends Primitive = string>(searchText?: (item: ComboboxItem<Value>) => string): OptionsFilter<Value> {
  return ({ options, search }) => {
    if (foldText(search) === '') return options;
    // Folded per keystroke: a picker holds at most a few hundred short labels.
    const matcher = foldedMatcher(search);
    const matches = (item: ComboboxItem<Value>) => matcher(searchText ? searchText(item) : item.label);
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
