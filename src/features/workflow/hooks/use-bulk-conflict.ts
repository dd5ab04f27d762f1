import type { DossierListItem } from '../../../domain/schemas/dossier.ts';
import { useDossierCache } from '../../../lib/dossier-cache.ts';

/**
 * A bulk action is all or nothing, and its 409 does not say which dossier moved. Ask again
 * for each selected dossier: the ones whose version or status changed are the culprits.
 * Reloading them also refreshes the list, so the queue shows what really is there now.
 */
export function useBulkConflict() {
  const cache = useDossierCache();
  return async function changedSince(selected: readonly DossierListItem[]): Promise<string[]> {
    const changed = await Promise.all(
      selected.map(async (item) => {
        try {
          const fresh = await cache.reloadDossier(item.id);
          return fresh.version !== item.version || fresh.status !== item.status ? item.code : null;
        } catch {
          return item.code;
        }
      }),
    );
    return changed.filter((code): code is string => code !== null);
  };
}
