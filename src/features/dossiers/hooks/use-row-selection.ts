import { useCallback, useState } from 'react';

const none: ReadonlySet<string> = new Set();

/**
 * Ticked rows of one page of the list. `scope` names that page (filters, sort, page): when
 * it changes the ticks are dropped, so a bulk action never acts on rows out of sight.
 */
export function useRowSelection(scope: string) {
  const [selection, setSelection] = useState<{ scope: string; ids: ReadonlySet<string> }>({ scope, ids: none });
  const selectedIds = selection.scope === scope ? selection.ids : none;
  const setSelectedIds = useCallback((ids: ReadonlySet<string>) => setSelection({ scope, ids }), [scope]);
  const clearSelection = useCallback(() => setSelection({ scope, ids: none }), [scope]);
  return { selectedIds, setSelectedIds, clearSelection };
}
