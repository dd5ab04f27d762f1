import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SavedViewInput } from '../../../domain/schemas/views.ts';
import { api, dataOf } from '../../../lib/api-client.ts';
import { dossierKeys } from './dossier-keys.ts';

/** GET /api/saved-views: the user's saved list filters, by name. */
export function getSavedViews(signal?: AbortSignal) {
  return dataOf(api.GET('/api/saved-views', { signal }));
}

/** POST /api/saved-views: the view as stored (the API keeps only the list's own parameters). */
export function saveView(input: z.input<typeof SavedViewInput>) {
  return dataOf(api.POST('/api/saved-views', { body: input }));
}

/** DELETE /api/saved-views/{id}. */
export async function deleteView(viewId: string): Promise<void> {
  await api.DELETE('/api/saved-views/{id}', { params: { path: { id: viewId } } });
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
    mutationFn: saveView,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dossierKeys.savedViews() }),
  });
}

export function useDeleteView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteView,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dossierKeys.savedViews() }),
  });
}
