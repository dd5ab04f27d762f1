import type { QueryClient } from '@tanstack/react-query';

/**
 * After an administrative edit, the rest of the app must see it (the intake's procedures,
 * the pickers' units and staff, the forms' letterhead). Each feature keys its own copy of
 * the reference lists; they all end in one of these names, so invalidating by that name
 * refreshes every copy without this feature knowing the others' keys.
 */
const referenceNames = new Set(['procedures', 'units', 'staff', 'centre', 'fields', 'filter-options', 'users']);

export function refreshReferenceData(client: QueryClient): void {
  void client.invalidateQueries({
    predicate: (query) => query.queryKey[0] !== 'admin' && query.queryKey.some((part) => typeof part === 'string' && referenceNames.has(part)),
  });
}
