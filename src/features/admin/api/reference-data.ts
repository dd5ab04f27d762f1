import type { QueryClient } from '@tanstack/react-query';
import { referenceKeys } from '../../../lib/reference/reference-keys.ts';

/**
 * After an administrative edit the rest of the app must see it: the intake's procedures,
 * the pickers' units and staff, the letterhead of every form. They all share the reference
 * modules (`src/lib/reference`), refreshed here at once.
 */
export function refreshReferenceData(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: referenceKeys.all });
}
