import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditAction, AuditCategory } from '../../../domain/audit.ts';
import { api, dataOf } from '../../../lib/api-client.ts';

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

export const auditKeys = {
  all: ['audit'] as const,
  pages: () => [...auditKeys.all, 'page'] as const,
  page: (query: AuditFilters) => [...auditKeys.pages(), query] as const,
};

/** GET /api/audit-log: a page of the log, newest first. */
export function useAuditLog(query: AuditFilters) {
  return useQuery({
    queryKey: auditKeys.page(query),
    queryFn: ({ signal }) => dataOf(api.GET('/api/audit-log', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
