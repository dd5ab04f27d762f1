import { dossierStatuses, type DossierStatus } from '../../../domain/dossier-status.ts';
import { DossierListQuery } from '../../../domain/schemas/dossier-query.ts';
import { defaultListOrder, queueKeys, type ListOrder } from '../../../domain/queues.ts';

/** Columns the list can be sorted by: a subset of the API's sort keys. */
export const listSortKeys = ['received_at', 'appointment_at', 'code'] as const satisfies readonly DossierListQuery['sort'][];
export type ListSortKey = (typeof listSortKeys)[number];
export type SortOrder = 'asc' | 'desc';

/** The API allows up to 100 per page (DossierListQuery). */
export const pageSizes = [20, 50, 100] as const;
export type PageSize = (typeof pageSizes)[number];

/**
 * The list query's narrowing filters (everything but paging, sorting and status), passed to
 * the API as they are in the URL. The check below fails to compile when the API gains a
 * filter this list does not carry, so overview links and saved views cannot silently lose one.
 */
export const listFilterKeys = [
  'q',
  'queue',
  'procedureId',
  'fieldId',
  'departmentId',
  'handlerId',
  'channel',
  'received',
  'receivedFrom',
  'receivedTo',
  'appointmentFrom',
  'appointmentTo',
  'due',
  'decidedFrom',
  'decidedTo',
  'decidedLate',
  'digitised',
  'fee',
  'feePaidFrom',
  'feePaidTo',
  'rating',
  'returnedById',
] as const satisfies readonly (keyof DossierListQuery)[];
export type ListFilterKey = (typeof listFilterKeys)[number];

type UncarriedKey = Exclude<keyof DossierListQuery, ListFilterKey | 'page' | 'pageSize' | 'sort' | 'order' | 'status'>;
const everyQueryKeyCarried: [UncarriedKey] extends [never] ? true : false = true;
void everyQueryKeyCarried;

/** The narrowing filters set in the URL, each as its URL text (already valid for the API). */
export type ListFilterValues = Partial<Record<ListFilterKey, string>>;

/** Everything that selects a page of the list. Lives in the URL; this is its parsed form. */
export interface DossierListFilters extends ListFilterValues {
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
  const values = parseFilterValues(params);
  const sort = oneOf(listSortKeys, params.get('sort'));
  const order = oneOf(['asc', 'desc'] as const, params.get('order'));
  const ordered: { sort: ListSortKey; order: SortOrder } = sort ? { sort, order: order ?? firstSortOrder[sort] } : defaultOrderOf(values);
  return {
    page: Number.isInteger(page) && page >= 1 ? page : defaultListFilters.page,
    pageSize: oneOf(pageSizes, Number(params.get('pageSize'))) ?? defaultListFilters.pageSize,
    ...ordered,
    status: dossierStatuses.filter((status) => wanted.has(status)),
    ...values,
  };
}

/** The order the list opens in for these filters: a work queue by urgency (src/domain/queues.ts). */
export function defaultOrderOf(filters: ListFilterValues): ListOrder {
  return defaultListOrder(oneOf(queueKeys, filters.queue));
}

/** The narrowing filters of the URL; a value the API would reject is dropped, like any malformed value. */
function parseFilterValues(params: URLSearchParams): ListFilterValues {
  const values: ListFilterValues = {};
  for (const key of listFilterKeys) {
    const value = params.get(key)?.trim();
    if (value && DossierListQuery.shape[key].safeParse(value).success) values[key] = value;
  }
  return values;
}

/** The narrowing filters set, in a stable order (chips, empty state). */
export function activeFilterKeys(filters: DossierListFilters): ListFilterKey[] {
  return listFilterKeys.filter((key) => filters[key] !== undefined);
}

/** The filters with every narrowing filter and status removed (paging size and sort kept). */
export function withoutFilters(filters: DossierListFilters): DossierListFilters {
  return { page: 1, pageSize: filters.pageSize, sort: filters.sort, order: filters.order, status: [] };
}

/**
 * Writes the filters back, leaving defaults out so shared links stay short
 * (`/ho-so?status=received`). Parsing the result gives the same filters back.
 */
export function toListSearch(filters: DossierListFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of filters.status) params.append('status', status);
  for (const key of listFilterKeys) {
    const value = filters[key];
    if (value !== undefined) params.set(key, value);
  }
  const fallback = defaultOrderOf(filters);
  if (filters.sort !== fallback.sort || filters.order !== fallback.order) {
    params.set('sort', filters.sort);
    params.set('order', filters.order);
  }
  if (filters.pageSize !== defaultListFilters.pageSize) params.set('pageSize', String(filters.pageSize));
  if (filters.page !== defaultListFilters.page) params.set('page', String(filters.page));
  return params;
}
