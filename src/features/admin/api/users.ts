import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TransferDossiers, UserCreate, UserUpdate } from '../../../domain/schemas/admin-users.ts';
import { api, dataOf } from '../../../lib/api-client.ts';
import { adminKeys } from './admin-keys.ts';
import { refreshReferenceData } from './reference-data.ts';

/** GET /api/admin/users: every account with what it holds. */
export function useAdminUsers() {
  return useQuery({ queryKey: adminKeys.users(), queryFn: ({ signal }) => dataOf(api.GET('/api/admin/users', { signal })) });
}

/** GET /api/admin/users/{id}/held-dossiers. */
export function useHeldDossiers(userId: string | null) {
  return useQuery({
    queryKey: adminKeys.heldDossiers(userId ?? ''),
    queryFn: ({ signal }) => dataOf(api.GET('/api/admin/users/{id}/held-dossiers', { params: { path: { id: userId ?? '' } }, signal })),
    enabled: userId !== null,
  });
}

function useUsersChanged() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: adminKeys.users() });
    refreshReferenceData(client);
  };
}

export function useCreateUser() {
  const changed = useUsersChanged();
  return useMutation({ mutationFn: (body: z.output<typeof UserCreate>) => dataOf(api.POST('/api/admin/users', { body })), onSuccess: changed });
}

export function useUpdateUser() {
  const changed = useUsersChanged();
  return useMutation({
    mutationFn: ({ id, ...body }: z.output<typeof UserUpdate> & { id: string }) => dataOf(api.PUT('/api/admin/users/{id}', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useSetUserActive() {
  const changed = useUsersChanged();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; active: boolean; version: number }) => dataOf(api.POST('/api/admin/users/{id}/active', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useResetPassword() {
  const changed = useUsersChanged();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => dataOf(api.POST('/api/admin/users/{id}/reset-password', { params: { path: { id } }, body: { version } })),
    onSuccess: changed,
  });
}

export function useTransferDossiers() {
  const client = useQueryClient();
  const changed = useUsersChanged();
  return useMutation({
    mutationFn: ({ id, ...body }: z.input<typeof TransferDossiers> & { id: string }) => dataOf(api.POST('/api/admin/users/{id}/transfer', { params: { path: { id } }, body })),
    onSuccess: () => {
      changed();
      // The dossiers moved: every list and page that shows them.
      void client.invalidateQueries({ queryKey: ['dossiers'] });
    },
  });
}
