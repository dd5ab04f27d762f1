import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AdminProcedureDetail,
  AdminProcedureQuery,
  AdminProcedureRow,
  ImportPreview,
  ImportResult,
  ProcedureCreate,
  ProcedureSaveResult,
  ProcedureUpdate,
} from '../../../domain/schemas/admin-catalogue.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { adminKeys } from './admin-keys.ts';
import { refreshReferenceData } from './reference-data.ts';

export function adminProceduresQueryOptions(query: AdminProcedureQuery) {
  return queryOptions({
    queryKey: adminKeys.procedureList(query),
    queryFn: ({ signal }) => apiFetch<AdminProcedureRow[]>('/admin/procedures', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAdminProcedures(query: AdminProcedureQuery) {
  return useQuery(adminProceduresQueryOptions(query));
}

export function useAdminProcedure(code: string) {
  return useQuery({
    queryKey: adminKeys.procedure(code),
    queryFn: ({ signal }) => apiFetch<AdminProcedureDetail>(`/admin/procedures/${encodeURIComponent(code)}`, { signal }),
  });
}

export function useCreateProcedure() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProcedureCreate) => apiFetch<ProcedureSaveResult>('/admin/procedures', { method: 'POST', body }),
    onSuccess: (saved) => {
      client.setQueryData(adminKeys.procedure(saved.code), saved);
      void client.invalidateQueries({ queryKey: adminKeys.procedures() });
      refreshReferenceData(client);
    },
  });
}

export function useUpdateProcedure(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProcedureUpdate) => apiFetch<ProcedureSaveResult>(`/admin/procedures/${encodeURIComponent(code)}`, { method: 'PUT', body }),
    onSuccess: (saved) => {
      client.setQueryData(adminKeys.procedure(code), saved);
      void client.invalidateQueries({ queryKey: adminKeys.procedures() });
      refreshReferenceData(client);
    },
  });
}

function importForm(file: File, fingerprint?: string): FormData {
  const form = new FormData();
  form.set('file', file);
  if (fingerprint) form.set('fingerprint', fingerprint);
  return form;
}

export function usePreviewImport() {
  return useMutation({
    mutationFn: (file: File) => apiFetch<ImportPreview>('/admin/procedures/import/preview', { method: 'POST', body: importForm(file) }),
  });
}

export function useApplyImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, fingerprint }: { file: File; fingerprint: string }) =>
      apiFetch<ImportResult>('/admin/procedures/import', { method: 'POST', body: importForm(file, fingerprint) }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: adminKeys.procedures() });
      void client.invalidateQueries({ queryKey: adminKeys.fields() });
      refreshReferenceData(client);
    },
  });
}
