import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseListSearch, toListSearch, withoutFilters, type DossierListFilters } from '../utils/dossier-list-search.ts';

/**
 * The list filters, read from and written to the URL (the source of truth): reload, back
 * and shared links all show the same page. Changing anything but the page returns to
 * page 1, since the old page number means nothing in the new order.
 */
export function useDossierListSearch() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseListSearch(searchParams), [searchParams]);

  const update = useCallback(
    (change: Partial<DossierListFilters>) => {
      setSearchParams((current) => {
        const previous = parseListSearch(current);
        const next: DossierListFilters = { ...previous, ...change };
        if (change.page === undefined) next.page = 1;
        return toListSearch(next);
      });
    },
    [setSearchParams],
  );

  /** Drops every filter and status, keeping the page size and sort. */
  const clearFilters = useCallback(
    () => setSearchParams((current) => toListSearch(withoutFilters(parseListSearch(current)))),
    [setSearchParams],
  );

  return { filters, update, clearFilters };
}
