import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { DossierListItem } from '../../../domain/schemas/dossier.ts';
import { dossierListQueryOptions } from '../api/get-dossiers.ts';
import { parseListSearch } from '../utils/dossier-list-search.ts';

export interface NeighbourDossiers {
  previous?: DossierListItem;
  next?: DossierListItem;
}

/**
 * The dossiers before and after this one in the list the officer opened it from (its page
 * of it, as cached). Once a step takes the dossier out of its queue, the list reloads
 * without it: the neighbours stay those of the list as it was when it still held it, so
 * "next" keeps meaning the next one to work on.
 */
export function useNeighbourDossiers(dossierId: string, listSearch: string): NeighbourDossiers {
  const filters = parseListSearch(new URLSearchParams(listSearch));
  const list = useQuery({ ...dossierListQueryOptions(filters), enabled: listSearch !== '' });
  const items = list.data?.items;
  // The last page seen that still held this dossier (adjusted during render, see React's
  // "storing information from previous renders").
  const [seen, setSeen] = useState<{ id: string; items: readonly DossierListItem[] } | null>(null);
  if (items && (items !== seen?.items || seen.id !== dossierId) && items.some((item) => item.id === dossierId)) setSeen({ id: dossierId, items });
  const known = seen?.id === dossierId ? seen.items : [];
  const index = known.findIndex((item) => item.id === dossierId);
  if (index < 0) return {};
  return { previous: known[index - 1], next: known[index + 1] };
}
