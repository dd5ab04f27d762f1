import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FieldInput, UnitInput } from '../../../domain/schemas/admin-catalogue.ts';
import { api, dataOf } from '../../../lib/api-client.ts';
import { adminKeys } from './admin-keys.ts';
import { refreshReferenceData } from './reference-data.ts';

/** GET /api/admin/fields: every field, in use or not. */
export function useAdminFields() {
  return useQuery({ queryKey: adminKeys.fields(), queryFn: ({ signal }) => dataOf(api.GET('/api/admin/fields', { signal })) });
}

/** Adds a field (no id) or edits one (with id and version). */
export function useSaveField() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, ...field }: FieldInput & { id?: string; version?: number }) =>
      id && version !== undefined
        ? dataOf(api.PUT('/api/admin/fields/{id}', { params: { path: { id } }, body: { ...field, version } }))
        : dataOf(api.POST('/api/admin/fields', { body: field })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: adminKeys.fields() });
      refreshReferenceData(client);
    },
  });
}

/** GET /api/admin/units: the centre, departments and outside authorities, active or not. */
export function useAdminUnits() {
  return useQuery({ queryKey: adminKeys.units(), queryFn: ({ signal }) => dataOf(api.GET('/api/admin/units', { signal })) });
}

export function useSaveUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, ...unit }: UnitInput & { id?: string; version?: number }) =>
      id && version !== undefined
        ? dataOf(api.PUT('/api/admin/units/{id}', { params: { path: { id } }, body: { ...unit, version } }))
        : dataOf(api.POST('/api/admin/units', { body: unit })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: adminKeys.units() });
      void client.invalidateQueries({ queryKey: adminKeys.settings() });
      refreshReferenceData(client);
    },
  });
}

/** DELETE /api/admin/units/{id}: only a unit nothing refers to. */
export function useDeleteUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (unit: { id: string; version: number }) => {
      await api.DELETE('/api/admin/units/{id}', { params: { path: { id: unit.id }, query: { version: unit.version } } });
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: adminKeys.units() });
      refreshReferenceData(client);
    },
  });
}
