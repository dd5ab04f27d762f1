import { Alert, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierAttachment } from '../../../domain/schemas/dossier.ts';
import { useDossierCache } from '../../../lib/dossier-cache.ts';
import { useUploadAttachment } from '../api/upload-attachment.ts';
import { checkAttachment, uploadErrorMessage } from '../utils/attachment-checks.ts';
import type { AttachmentGroup } from '../utils/attachment-groups.ts';
import { formatFileSize } from '../utils/file-size.ts';
import { AttachmentItem } from './attachment-item.tsx';
import { AttachmentUploadButton } from './attachment-upload-button.tsx';

export interface AttachmentGroupSectionProps {
  dossierId: string;
  group: AttachmentGroup;
  canUpload: boolean;
  onPreview: (attachment: DossierAttachment) => void;
}

/** One checklist item (or supplements, the result, other files): its files and its own upload. */
export function AttachmentGroupSection({ dossierId, group, canUpload, onPreview }: AttachmentGroupSectionProps) {
  const { t } = useTranslation();
  const cache = useDossierCache();
  const upload = useUploadAttachment();
  const [error, setError] = useState<string | null>(null);
  const title = group.item ? `${group.item.position}. ${group.item.name}` : t(`workflow.attachments.group.${group.kind}`);

  function send(file: File) {
    const problem = checkAttachment(file);
    if (problem) {
      setError(t(`workflow.attachments.${problem}`));
      return;
    }
    setError(null);
    upload.mutate(
      { dossierId, file, kind: group.kind, dossierDocumentId: group.item?.id },
      {
        onSuccess: (attachment) => {
          // An upload does not change the dossier's version: add the file to what is shown.
          cache.updateDossier(dossierId, (dossier) => ({ ...dossier, attachments: [...dossier.attachments, attachment] }));
          notifications.show({ color: 'teal', message: t('workflow.attachments.uploaded', { name: attachment.fileName }) });
        },
        onError: (failure) => setError(uploadErrorMessage(failure)),
      },
    );
  }

  const uploading = upload.isPending ? upload.variables : undefined;
  return (
    <Stack gap={6} p="sm" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Text size="sm" fw={600} component="h3" m={0}>
          {title}
        </Text>
        {canUpload && <AttachmentUploadButton groupTitle={title} disabled={upload.isPending} onFile={send} />}
      </Group>
      {group.files.length === 0 && !uploading && (
        <Text size="sm" c="dimmed">
          {t('workflow.attachments.none')}
        </Text>
      )}
      {group.files.length > 0 && (
        <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {group.files.map((file) => (
            <li key={file.id}>
              <AttachmentItem attachment={file} showKind={group.item !== null} onPreview={onPreview} />
            </li>
          ))}
        </Stack>
      )}
      {uploading && (
        <Stack gap={4} component="output" aria-live="polite">
          <Text size="sm">
            {t('workflow.attachments.uploading', { name: uploading.file.name, size: formatFileSize(uploading.file.size) })}
          </Text>
          {/* fetch reports no upload progress: an honest "working" bar rather than a made-up percentage. */}
          <Progress value={100} striped animated size="sm" aria-hidden />
        </Stack>
      )}
      {error && (
        <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />} title={t('workflow.attachments.uploadFailed')} py="xs">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
