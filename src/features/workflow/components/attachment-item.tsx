import { ActionIcon, Badge, Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconDownload, IconFileTypePdf, IconPhoto } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DossierAttachment } from '../../../domain/schemas/dossier.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useDownloadAttachment } from '../hooks/use-download-attachment.ts';
import { formatFileSize } from '../utils/file-size.ts';

export interface AttachmentItemProps {
  attachment: DossierAttachment;
  /** Say "bổ sung"/"kết quả" on a file filed under a checklist item. */
  showKind: boolean;
  onPreview: (attachment: Pick<DossierAttachment, 'id' | 'fileName' | 'contentType'>) => void;
}

/** One file: its name opens the preview; size, when and by whom; a download button. */
export function AttachmentItem({ attachment, showKind, onPreview }: AttachmentItemProps) {
  const { t } = useTranslation();
  const { download, downloading } = useDownloadAttachment();
  const Glyph = attachment.contentType === 'application/pdf' ? IconFileTypePdf : IconPhoto;
  const meta = [
    formatFileSize(attachment.sizeBytes),
    formatDateTime(attachment.uploadedAt),
    attachment.uploadedByName,
  ].filter(Boolean);
  const downloadLabel = t('workflow.attachments.download', { name: attachment.fileName });
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Glyph size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} color="var(--mantine-color-dimmed)" />
      <div style={{ flex: 1, minWidth: 0 }}>
        <UnstyledButton
          onClick={() => onPreview(attachment)}
          aria-label={t('workflow.attachments.preview', { name: attachment.fileName })}
          c="var(--mantine-color-anchor)"
          fz="sm"
          fw={500}
          style={{ overflowWrap: 'anywhere', textDecoration: 'underline', textUnderlineOffset: 2 }}
        >
          {attachment.fileName}
        </UnstyledButton>
        {showKind && attachment.kind !== 'document' && (
          <Badge size="sm" ml={6} color={attachment.kind === 'result' ? 'teal' : 'orange'}>
            {t(`workflow.attachments.kind.${attachment.kind}`)}
          </Badge>
        )}
        <Text size="xs" c="dimmed">
          {meta.join(' · ')}
        </Text>
      </div>
      <Tooltip label={downloadLabel}>
        <ActionIcon
          size="lg"
          onClick={() => void download(attachment)}
          loading={downloading === attachment.id}
          aria-label={downloadLabel}
        >
          <IconDownload size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
