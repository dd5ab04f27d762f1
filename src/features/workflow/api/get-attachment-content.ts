import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client.ts';
import { workflowKeys } from './workflow-keys.ts';

/** GET /api/attachments/{id}/content: the file as a Blob (PDF, JPEG or PNG). */
export function getAttachmentContent(attachmentId: string, signal?: AbortSignal) {
  return dataOf(api.GET('/api/attachments/{id}/content', { params: { path: { id: attachmentId } }, parseAs: 'blob', signal }));
}

export function attachmentContentQueryOptions(attachmentId: string) {
  return queryOptions({
    queryKey: workflowKeys.attachmentContent(attachmentId),
    queryFn: ({ signal }) => getAttachmentContent(attachmentId, signal),
    // A stored file never changes; keep it only while a preview may reopen it (it can be 10 MB).
    staleTime: Infinity,
    gcTime: 60_000,
  });
}

/**
 * The file's bytes, for a preview or a download, fetched with the session like any API call
 * (a plain link would not be signed in in training mode, where the API runs in the page).
 */
export function useAttachmentContent(attachmentId: string | null) {
  return useQuery({ ...attachmentContentQueryOptions(attachmentId ?? ''), enabled: attachmentId !== null });
}
