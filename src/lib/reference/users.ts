import { useQuery } from '@tanstack/react-query';
import type { Role } from '../../domain/roles.ts';
import { api, dataOf, type ApiSchema } from '../api-client.ts';
import { referenceKeys } from './reference-keys.ts';
import { referenceQueryOptions } from './reference-query.ts';

/** Which staff a picker offers; every condition given must hold. */
export interface UserFilter {
  role?: Role;
  unitId?: string;
}

/** GET /api/users: every active staff member, by name (no credentials; work phones included). */
export function getUsers(signal?: AbortSignal) {
  return dataOf(api.GET('/api/users', { signal }));
}

/** Staff join, move and leave between shifts; a few minutes late is harmless. */
export const usersQueryOptions = () => referenceQueryOptions(referenceKeys.users(), getUsers, 10 * 60_000);

function matches(filter: UserFilter) {
  return (user: ApiSchema<'User'>) =>
    (filter.role === undefined || user.role === filter.role) && (filter.unitId === undefined || user.unitId === filter.unitId);
}

/**
 * Active staff, optionally by role and unit (the handlers of a department, the approvers).
 * A commune has a few dozen staff: one list serves every picker and is narrowed here.
 */
export function useUsers(filter: UserFilter = {}, options: { enabled?: boolean } = {}) {
  return useQuery({
    ...usersQueryOptions(),
    enabled: options.enabled ?? true,
    select: (users) => users.filter(matches(filter)),
  });
}
