import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import type { Procedure } from '../../../domain/schemas/catalogue.ts';
import { foldText } from '../../../domain/text.ts';

export interface ProcedureOptionGroup {
  group: string;
  items: ComboboxItem[];
}

/** The picker's options: one group per field (lĩnh vực), in the catalogue's order. */
export function procedureOptions(procedures: readonly Procedure[]): ProcedureOptionGroup[] {
  const groups = new Map<string, ComboboxItem[]>();
  for (const procedure of procedures) {
    const items = groups.get(procedure.fieldName) ?? [];
    items.push({ value: procedure.id, label: procedure.name });
    groups.set(procedure.fieldName, items);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

/**
 * Officers type without diacritics and in any order ("xac nhan hon nhan", "1.004873",
 * "ho tich"): an option matches when every typed word occurs in its folded name, code or
 * field. Folding is the shared `foldText`, the same the dossier search uses.
 */
export function procedureFilter(procedures: readonly Procedure[]): OptionsFilter<string> {
  const searchText = new Map(procedures.map((p) => [p.id, foldText(`${p.name} ${p.code} ${p.fieldName}`)]));
  return ({ options, search }) => {
    const words = foldText(search).split(' ').filter(Boolean);
    if (words.length === 0) return options;
    const matches = (item: ComboboxItem) => {
      const text = searchText.get(item.value) ?? foldText(item.label);
      return words.every((word) => text.includes(word));
    };
    const result: ComboboxParsedItem<string>[] = [];
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
