import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdminSettings } from '../../../domain/schemas/settings.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { adminKeys } from './admin-keys.ts';
import { refreshReferenceData } from './reference-data.ts';

export function useAdminSettings() {
  return useQuery({ queryKey: adminKeys.settings(), queryFn: ({ signal }) => apiFetch<AdminSettings>('/admin/settings', { signal }) });
}

/** The section's path under /api/admin/settings. */
export type SettingsPath = 'identity' | 'working-time' | 'supplement-deadline' | 'leg-shares' | 'sessions' | 'notification-templates';

export function useSaveSettings(path: SettingsPath) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => apiFetch<AdminSettings>(`/admin/settings/${path}`, { method: 'PUT', body }),
    onSuccess: (settings) => {
      client.setQueryData(adminKeys.settings(), settings);
      void client.invalidateQueries({ queryKey: adminKeys.units() });
      // Office hours move every appointment computed from now on; the identity is on every form.
      if (path === 'working-time' || path === 'identity') void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'auth' && query.queryKey[0] !== 'admin' });
      refreshReferenceData(client);
    },
  });
}
