import { dossierStatuses, type DossierStatus } from '../../../domain/dossier-status.ts';
import type { DossierListQuery } from '../../../domain/schemas/dossier.ts';

/** Columns the list can be sorted by: a subset of the API's sort keys. */
export const listSortKeys = ['received_at', 'appointment_at', 'code'] as const satisfies readonly DossierListQuery['sort'][];
export type ListSortKey = (typeof listSortKeys)[number];
export type SortOrder = 'asc' | 'desc';

/** The API allows up to 100 per page (DossierListQuery). */
export const pageSizes = [20, 50, 100] as const;
export type PageSize = (typeof pageSizes)[number];

/** Everything that selects a page of the list. Lives in the URL; this is its parsed form. */
export interface DossierListFilters {
  page: number;
  pageSize: PageSize;
  sort: ListSortKey;
  order: SortOrder;
  /** In the canonical order of `dossierStatuses`, no duplicates (stable cache keys). */
  status: DossierStatus[];
}

export const defaultListFilters: DossierListFilters = {
  page: 1,
  pageSize: 20,
  sort: 'received_at',
  order: 'desc',
  status: [],
};

/** The order a column sorts in when first clicked: what an officer usually wants first. */
export const firstSortOrder: Record<ListSortKey, SortOrder> = {
  received_at: 'desc', // newest first
  appointment_at: 'asc', // most urgent first
  code: 'asc',
};

function oneOf<T extends string | number>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((item) => item === value);
}

/**
 * Reads the list filters from the URL. Anything unknown or malformed falls back to its
 * default instead of failing, so an old bookmark or a hand-edited link still opens a list.
 */
export function parseListSearch(params: URLSearchParams): DossierListFilters {
  const page = Number(params.get('page'));
  const wanted = new Set(params.getAll('status'));
  return {
    page: Number.isInteger(page) && page >= 1 ? page : defaultListFilters.page,
    pageSize: oneOf(pageSizes, Number(params.get('pageSize'))) ?? defaultListFilters.pageSize,
    sort: oneOf(listSortKeys, params.get('sort')) ?? defaultListFilters.sort,
    order: oneOf(['asc', 'desc'] as const, params.get('order')) ?? defaultListFilters.order,
    status: dossierStatuses.filter((status) => wanted.has(status)),
  };
}

/**
 * Writes the filters back, leaving defaults out so shared links stay short
 * (`/ho-so?status=received`). Parsing the result gives the same filters back.
 */
export function toListSearch(filters: DossierListFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of filters.status) params.append('status', status);
  if (filters.sort !== defaultListFilters.sort || filters.order !== defaultListFilters.order) {
    params.set('sort', filters.sort);
    params.set('order', filters.order);
  }
  if (filters.pageSize !== defaultListFilters.pageSize) params.set('pageSize', String(filters.pageSize));
  if (filters.page !== defaultListFilters.page) params.set('page', String(filters.page));
  return params;
}
