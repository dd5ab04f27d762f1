import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  IdentityUpdate,
  LegSharesUpdate,
  NotificationTextsUpdate,
  SessionSettingsUpdate,
  SupplementDeadlineUpdate,
  WorkingTimeUpdate,
} from '../../../domain/schemas/settings.ts';
import { api, dataOf } from '../../../lib/api-client.ts';
import { adminKeys } from './admin-keys.ts';
import { refreshReferenceData } from './reference-data.ts';

/** GET /api/admin/settings: every section with the version its edit sends back. */
export function useAdminSettings() {
  return useQuery({ queryKey: adminKeys.settings(), queryFn: ({ signal }) => dataOf(api.GET('/api/admin/settings', { signal })) });
}

/** Each section's PUT under /api/admin/settings: it answers with every section. */
export const settingsSaves = {
  identity: (body: z.input<typeof IdentityUpdate>) => dataOf(api.PUT('/api/admin/settings/identity', { body })),
  workingTime: (body: z.input<typeof WorkingTimeUpdate>) => dataOf(api.PUT('/api/admin/settings/working-time', { body })),
  supplementDeadline: (body: z.input<typeof SupplementDeadlineUpdate>) => dataOf(api.PUT('/api/admin/settings/supplement-deadline', { body })),
  legShares: (body: z.input<typeof LegSharesUpdate>) => dataOf(api.PUT('/api/admin/settings/leg-shares', { body })),
  sessions: (body: z.input<typeof SessionSettingsUpdate>) => dataOf(api.PUT('/api/admin/settings/sessions', { body })),
  notificationTexts: (body: z.input<typeof NotificationTextsUpdate>) => dataOf(api.PUT('/api/admin/settings/notification-templates', { body })),
};

/**
 * Saves one section with its PUT (`settingsSaves.x`). Office hours and the identity change
 * what every other screen computes or prints, so those refresh everything.
 */
export function useSaveSettings<Body>(save: (body: Body) => ReturnType<(typeof settingsSaves)['identity']>, options: { refreshAll?: boolean } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: (settings) => {
      client.setQueryData(adminKeys.settings(), settings);
      void client.invalidateQueries({ queryKey: adminKeys.units() });
      if (options.refreshAll) void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'auth' && query.queryKey[0] !== 'admin' });
      refreshReferenceData(client);
    },
  });
}
