import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierAttachment } from '../../../domain/schemas/dossier.ts';
import { attachmentContentQueryOptions } from '../api/get-attachment-content.ts';

/**
 * Saves an attachment under its own name. The bytes come through the API client (so the
 * session travels as for every call, training mode included) and are handed to the
 * browser as a temporary link.
 */
export function useDownloadAttachment() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [downloading, setDownloading] = useState<string | null>(null);

  async function download(attachment: Pick<DossierAttachment, 'id' | 'fileName'>) {
    setDownloading(attachment.id);
    try {
      const blob = await queryClient.fetchQuery(attachmentContentQueryOptions(attachment.id));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = attachment.fileName;
      document.body.append(link);
      link.click();
      link.remove();
      // Give the browser time to start the download before the URL goes away.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('workflow.attachments.downloadFailed'),
        message: error instanceof Error ? error.message : t('common.unknownError'),
      });
    } finally {
      setDownloading(null);
    }
  }

  return { download, downloading };
}
