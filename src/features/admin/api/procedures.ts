import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdminProcedureQuery, ProcedureCreate, ProcedureUpdate } from '../../../domain/schemas/admin-catalogue.ts';
import { api, dataOf } from '../../../lib/api-client.ts';
import { adminKeys } from './admin-keys.ts';
import { refreshReferenceData } from './reference-data.ts';

/** GET /api/admin/procedures: the catalogue by the version in force, searched and filtered. */
export function adminProceduresQueryOptions(query: AdminProcedureQuery) {
  return queryOptions({
    queryKey: adminKeys.procedureList(query),
    queryFn: ({ signal }) => dataOf(api.GET('/api/admin/procedures', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useAdminProcedures(query: AdminProcedureQuery) {
  return useQuery(adminProceduresQueryOptions(query));
}

/** GET /api/admin/procedures/{code}: a procedure with all its versions. */
export function useAdminProcedure(code: string) {
  return useQuery({
    queryKey: adminKeys.procedure(code),
    queryFn: ({ signal }) => dataOf(api.GET('/api/admin/procedures/{code}', { params: { path: { code } }, signal })),
  });
}

export function useCreateProcedure() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProcedureCreate) => dataOf(api.POST('/api/admin/procedures', { body })),
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
    mutationFn: (body: ProcedureUpdate) => dataOf(api.PUT('/api/admin/procedures/{code}', { params: { path: { code } }, body })),
    onSuccess: (saved) => {
      client.setQueryData(adminKeys.procedure(code), saved);
      void client.invalidateQueries({ queryKey: adminKeys.procedures() });
      refreshReferenceData(client);
    },
  });
}

/** POST /api/admin/procedures/import/preview (multipart): what the workbook would do, row by row. */
export function usePreviewImport() {
  return useMutation({
    mutationFn: (file: File) =>
      dataOf(
        api.POST('/api/admin/procedures/import/preview', {
          body: { file },
          bodySerializer: (fields) => {
            const form = new FormData();
            form.append('file', fields.file);
            return form;
          },
        }),
      ),
  });
}

/** POST /api/admin/procedures/import (multipart): every row or none, if the catalogue is still as previewed. */
export function useApplyImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, fingerprint }: { file: File; fingerprint: string }) =>
      dataOf(
        api.POST('/api/admin/procedures/import', {
          body: { file, fingerprint },
          bodySerializer: (fields) => {
            const form = new FormData();
            form.append('file', fields.file);
            form.append('fingerprint', fields.fingerprint);
            return form;
          },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: adminKeys.procedures() });
      void client.invalidateQueries({ queryKey: adminKeys.fields() });
      refreshReferenceData(client);
    },
  });
}
