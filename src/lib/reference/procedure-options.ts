import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import type { Procedure } from '../../domain/schemas/catalogue.ts';
import { foldedFilterBy } from '../folded-filter.ts';

export interface ProcedureOptionGroup {
  group: string;
  items: ComboboxItem[];
}

/** A procedure picker's options: one group per field (lĩnh vực), in the catalogue's order. */
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
 * "ho tich"): the shared picker search over each procedure's name, national code and field.
 */
export function procedureFilter(procedures: readonly Procedure[]): OptionsFilter {
  const byId = new Map(procedures.map((procedure) => [procedure.id, procedure]));
  return foldedFilterBy((item) => {
    const procedure = byId.get(item.value);
    return procedure ? `${procedure.name} ${procedure.code} ${procedure.fieldName}` : item.label;
  });
}
