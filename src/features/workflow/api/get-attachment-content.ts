import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetchBlob } from '../../../lib/api-client.ts';
import { workflowKeys } from './workflow-keys.ts';

export function getAttachmentContent(attachmentId: string, signal?: AbortSignal): Promise<Blob> {
  return apiFetchBlob(`/attachments/${encodeURIComponent(attachmentId)}/content`, { signal });
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

/** The file's bytes, for a preview or a download, fetched with the session like any API call. */
export function useAttachmentContent(attachmentId: string | null) {
  return useQuery({ ...attachmentContentQueryOptions(attachmentId ?? ''), enabled: attachmentId !== null });
}
