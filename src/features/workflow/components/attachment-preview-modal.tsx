import { Button, Center, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../components/query-error-alert.tsx';
import type { DossierAttachment } from '../../../domain/schemas/dossier.ts';
import { useAttachmentContent } from '../api/get-attachment-content.ts';
import { useDownloadAttachment } from '../hooks/use-download-attachment.ts';
import { useObjectUrl } from '../hooks/use-object-url.ts';
import { modalStyles } from '../utils/modal-styles.ts';

/** What a preview needs of a file (a dossier's own, or an earlier dossier's reused one). */
export type PreviewableFile = Pick<DossierAttachment, 'id' | 'fileName' | 'contentType'>;

export interface AttachmentPreviewModalProps {
  /** The file to show; null keeps the modal closed. */
  attachment: PreviewableFile | null;
  onClose: () => void;
}

/** A PDF in the browser's own viewer, an image as an image; and a download button. */
export function AttachmentPreviewModal({ attachment, onClose }: AttachmentPreviewModalProps) {
  const { t } = useTranslation();
  const content = useAttachmentContent(attachment?.id ?? null);
  const url = useObjectUrl(content.data);
  const { download, downloading } = useDownloadAttachment();

  function body() {
    if (!attachment) return null;
    if (content.isError) {
      return <QueryErrorAlert title={t('workflow.attachments.previewFailed')} error={content.error} onRetry={() => void content.refetch()} />;
    }
    if (!url) {
      return (
        <Center h={200} component="output" aria-live="polite">
          <Stack align="center" gap="xs">
            <Loader aria-hidden />
            <Text c="dimmed" size="sm">
              {t('workflow.attachments.loadingPreview')}
            </Text>
          </Stack>
        </Center>
      );
    }
    if (attachment.contentType === 'application/pdf') {
      // <object> rather than a sandboxed iframe: browsers refuse their PDF viewer inside a sandbox.
      return (
        <object data={url} type="application/pdf" aria-label={attachment.fileName} style={{ width: '100%', height: '70vh', border: 0 }}>
          <Text size="sm">{t('workflow.attachments.noInlinePdf')}</Text>
        </object>
      );
    }
    return (
      <Center>
        <img src={url} alt={attachment.fileName} style={{ maxWidth: '100%', maxHeight: '70vh', objectFit: 'contain' }} />
      </Center>
    );
  }

  return (
    <Modal opened={attachment !== null} onClose={onClose} title={attachment?.fileName} size="xl" styles={modalStyles}>
      <Stack gap="md">
        {body()}
        {attachment && (
          <Group justify="flex-end">
            <Button
              variant="default"
              leftSection={<IconDownload size={18} aria-hidden />}
              loading={downloading === attachment.id}
              onClick={() => void download(attachment)}
            >
              {t('workflow.attachments.downloadButton')}
            </Button>
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
