import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SavedView } from '../../../domain/schemas/views.ts';
import { apiFetch } from '../../../lib/api-client.ts';
import { dossierKeys } from './dossier-keys.ts';

export function getSavedViews(signal?: AbortSignal): Promise<SavedView[]> {
  return apiFetch<SavedView[]>('/saved-views', { signal });
}

export function savedViewsQueryOptions() {
  return queryOptions({ queryKey: dossierKeys.savedViews(), queryFn: ({ signal }) => getSavedViews(signal) });
}

/** The user's saved list filters, by name. */
export function useSavedViews() {
  return useQuery(savedViewsQueryOptions());
}

export function useSaveView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; query: string }) => apiFetch<SavedView>('/saved-views', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dossierKeys.savedViews() }),
  });
}

export function useDeleteView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (viewId: string) => apiFetch<void>(`/saved-views/${encodeURIComponent(viewId)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dossierKeys.savedViews() }),
  });
}
