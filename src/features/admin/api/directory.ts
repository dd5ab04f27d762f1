import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdminField, AdminUnit, FieldInput, UnitInput } from '../../../domain/schemas/admin-catalogue.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { adminKeys } from './admin-keys.ts';
import { refreshReferenceData } from './reference-data.ts';

export function useAdminFields() {
  return useQuery({ queryKey: adminKeys.fields(), queryFn: ({ signal }) => apiFetch<AdminField[]>('/admin/fields', { signal }) });
}

/** Adds a field (no id) or edits one (with id and version). */
export function useSaveField() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, ...field }: FieldInput & { id?: string; version?: number }) =>
      id
        ? apiFetch<AdminField>(`/admin/fields/${id}`, { method: 'PUT', body: { ...field, version } })
        : apiFetch<AdminField>('/admin/fields', { method: 'POST', body: field }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: adminKeys.fields() });
      refreshReferenceData(client);
    },
  });
}

export function useAdminUnits() {
  return useQuery({ queryKey: adminKeys.units(), queryFn: ({ signal }) => apiFetch<AdminUnit[]>('/admin/units', { signal }) });
}

export function useSaveUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, ...unit }: UnitInput & { id?: string; version?: number }) =>
      id ? apiFetch<AdminUnit>(`/admin/units/${id}`, { method: 'PUT', body: { ...unit, version } }) : apiFetch<AdminUnit>('/admin/units', { method: 'POST', body: unit }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: adminKeys.units() });
      void client.invalidateQueries({ queryKey: adminKeys.settings() });
      refreshReferenceData(client);
    },
  });
}

export function useDeleteUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (unit: Pick<AdminUnit, 'id' | 'version'>) => apiFetch<void>(`/admin/units/${unit.id}`, { method: 'DELETE', query: { version: unit.version } }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: adminKeys.units() });
      refreshReferenceData(client);
    },
  });
}
