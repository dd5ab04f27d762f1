/** Router state a list link hands to the dossier page. */
export interface DossierLocationState {
  /** `?status=…&page=…` of the list the officer came from. */
  listSearch?: string;
}

export function readDossierLocationState(state: unknown): DossierLocationState {
  if (typeof state !== 'object' || state === null) return {};
  const listSearch = (state as DossierLocationState).listSearch;
  return typeof listSearch === 'string' ? { listSearch } : {};
}
