/**
 * Query keys of the reference data every screen shares (catalogue, directory, centre),
 * general to specific: one key per resource, whichever feature asks, so the procedures the
 * intake form loaded are the ones the list filters show. `all` refreshes every resource at once.
 */
export const referenceKeys = {
  all: ['reference'] as const,
  procedures: () => [...referenceKeys.all, 'procedures'] as const,
  fields: () => [...referenceKeys.all, 'fields'] as const,
  units: () => [...referenceKeys.all, 'units'] as const,
  users: () => [...referenceKeys.all, 'users'] as const,
  centreSettings: () => [...referenceKeys.all, 'centre-settings'] as const,
};
