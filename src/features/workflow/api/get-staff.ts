import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Role } from '../../../domain/roles.ts';
import type { UserSummary } from '../../../domain/schemas/directory.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { workflowKeys } from './workflow-keys.ts';

export interface StaffFilter {
  role?: Role;
  unitId?: string;
}

export function getStaff(filter: StaffFilter, signal?: AbortSignal): Promise<UserSummary[]> {
  return apiFetch<UserSummary[]>('/users', { query: { role: filter.role, unitId: filter.unitId }, signal });
}

export function staffQueryOptions(filter: StaffFilter) {
  return queryOptions({
    queryKey: workflowKeys.staff(filter),
    queryFn: ({ signal }) => getStaff(filter, signal),
    staleTime: 5 * 60_000,
  });
}

/** Active staff by role and unit, e.g. the handlers of a department for the assign picker. */
export function useStaff(filter: StaffFilter, options: { enabled?: boolean } = {}) {
  return useQuery({ ...staffQueryOptions(filter), enabled: options.enabled ?? true });
}
