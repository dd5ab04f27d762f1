import type { AdminProcedureQuery } from '../../../domain/schemas/admin-catalogue.ts';

/** Query keys of the administration, general to specific. */
export const adminKeys = {
  all: ['admin'] as const,
  procedures: () => [...adminKeys.all, 'procedures'] as const,
  procedureList: (query: AdminProcedureQuery) => [...adminKeys.procedures(), 'list', query] as const,
  procedure: (code: string) => [...adminKeys.procedures(), 'detail', code] as const,
  fields: () => [...adminKeys.all, 'fields'] as const,
  units: () => [...adminKeys.all, 'units'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
  heldDossiers: (userId: string) => [...adminKeys.users(), 'held', userId] as const,
  calendar: (year: number) => [...adminKeys.all, 'calendar', year] as const,
  settings: () => [...adminKeys.all, 'settings'] as const,
};
