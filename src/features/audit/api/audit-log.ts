import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditPage } from '../../../domain/schemas/audit.ts';
import type { AuditCategory, AuditAction } from '../../../domain/audit.ts';

/** The log's filters as the screen sends them. */
export interface AuditFilters {
  from?: string;
  to?: string;
  category?: AuditCategory;
  action?: AuditAction;
  actorUserId?: string;
  q?: string;
  page: number;
  pageSize: number;
}
import type { UserSummary } from '../../../domain/schemas/directory.ts';
import { apiFetch } from '../../../lib/api-client.ts';

export const auditKeys = {
  all: ['audit'] as const,
  pages: () => [...auditKeys.all, 'page'] as const,
  page: (query: AuditFilters) => [...auditKeys.pages(), query] as const,
  users: () => [...auditKeys.all, 'users'] as const,
};

export function useAuditLog(query: AuditFilters) {
  return useQuery({
    queryKey: auditKeys.page(query),
    queryFn: ({ signal }) =>
      apiFetch<AuditPage>('/audit-log', {
        query: { from: query.from, to: query.to, category: query.category, action: query.action, actorUserId: query.actorUserId, q: query.q, page: query.page, pageSize: query.pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** The staff, to filter the log by person. */
export function useAuditPeople() {
  return useQuery({
    queryKey: auditKeys.users(),
    queryFn: ({ signal }) => apiFetch<UserSummary[]>('/users', { signal }),
    staleTime: 10 * 60_000,
  });
}
