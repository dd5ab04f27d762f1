import { Alert, Anchor, Badge, CloseButton, Group, Progress, Stack, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleDashed, IconFileTypePdf, IconPhoto, IconRecycle, IconScan } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReuseDocumentMenu } from '../../../components/reuse-document-menu.tsx';
import type { DossierAttachment, DossierDetail, DossierDocument } from '../../../domain/schemas/dossier.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useDossierCache } from '../../../lib/dossier-cache.ts';
import { dossierPath } from '../../../lib/paths.ts';
import { useReusableDocuments } from '../../../lib/people.ts';
import { useSetDocumentReuse } from '../api/set-document-reuse.ts';
import { useUploadAttachment } from '../api/upload-attachment.ts';
import { checkAttachment, uploadErrorMessage } from '../utils/attachment-checks.ts';
import type { AttachmentGroup } from '../utils/attachment-groups.ts';
import { formatFileSize } from '../utils/file-size.ts';
import { AttachmentItem } from './attachment-item.tsx';
import type { PreviewableFile } from './attachment-preview-modal.tsx';
import { AttachmentUploadButton } from './attachment-upload-button.tsx';

export interface AttachmentGroupSectionProps {
  dossier: DossierDetail;
  group: AttachmentGroup;
  canUpload: boolean;
  onPreview: (file: PreviewableFile) => void;
}

const stateIcon = { scanned: IconScan, reused: IconRecycle, none: IconCircleDashed } as const;

/** A received paper's digitisation, in a word with an icon. */
function DigitisationBadge({ document }: { document: DossierDocument }) {
  const { t } = useTranslation();
  if (!document.received) return null;
  const Icon = stateIcon[document.digitisation];
  const done = document.digitisation !== 'none';
  return (
    <Badge variant="light" color={done ? 'teal' : 'orange'} leftSection={<Icon size={12} aria-hidden />} style={{ flexShrink: 0 }}>
      {t(`people.digitisation.${document.digitisation}`)}
    </Badge>
  );
}

/** The earlier dossier's files a reused paper stands on: open them from here. */
function ReusedFrom({ document, onPreview, onStop }: { document: DossierDocument; onPreview: (file: PreviewableFile) => void; onStop?: () => void }) {
  const { t } = useTranslation();
  const source = document.reusedFrom;
  if (!source) return null;
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="nowrap">
        <Text size="sm">
          {t('people.reuse.reusedFrom')}{' '}
          <Anchor component={Link} to={dossierPath(source.dossierId)} ff="monospace" fz="sm">
            {source.dossierCode}
          </Anchor>
        </Text>
        {onStop && <CloseButton size="sm" aria-label={t('people.reuse.stop', { name: document.name })} onClick={onStop} />}
      </Group>
      <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {source.files.map((file) => {
          const Glyph = file.contentType === 'application/pdf' ? IconFileTypePdf : IconPhoto;
          return (
            <Group component="li" key={file.id} gap={6} wrap="nowrap">
              <Glyph size={18} aria-hidden color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
              <UnstyledButton
                onClick={() => onPreview(file)}
                aria-label={t('workflow.attachments.preview', { name: file.fileName })}
                c="var(--mantine-color-anchor)"
                fz="sm"
                style={{ overflowWrap: 'anywhere', textDecoration: 'underline', textUnderlineOffset: 2 }}
              >
                {file.fileName}
              </UnstyledButton>
              <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                {formatFileSize(file.sizeBytes)}
              </Text>
            </Group>
          );
        })}
      </Stack>
    </Stack>
  );
}

/**
 * One checklist item (or supplements, the result, other files): its digitisation, its
 * files, and when allowed its own upload (several pages at once) or the reuse of the same
 * person's digitised copy from an earlier dossier.
 */
export function AttachmentGroupSection({ dossier, group, canUpload, onPreview }: AttachmentGroupSectionProps) {
  const { t } = useTranslation();
  const cache = useDossierCache();
  const upload = useUploadAttachment();
  const reuse = useSetDocumentReuse();
  const [error, setError] = useState<string | null>(null);
  const title = group.item ? `${group.item.position}. ${group.item.name}` : t(`workflow.attachments.group.${group.kind}`);
  const document = group.document;
  const mayReuse = canUpload && document !== null && document.received && group.files.length === 0 && document.reusedFrom === null;
  const reusable = useReusableDocuments(mayReuse ? dossier.applicant.idNumber : null, dossier.id);

  async function send(files: File[]) {
    const problem = files.map(checkAttachment).find((found) => found !== undefined);
    if (problem) {
      setError(t(`workflow.attachments.${problem}`));
      return;
    }
    setError(null);
    for (const file of files) {
      try {
        const attachment: DossierAttachment = await upload.mutateAsync({ dossierId: dossier.id, file, kind: group.kind, dossierDocumentId: group.item?.id });
        // An upload does not change the dossier's version: add the file to what is shown.
        cache.updateDossier(dossier.id, (current) => ({ ...current, attachments: [...current.attachments, attachment] }));
        notifications.show({ color: 'teal', message: t('workflow.attachments.uploaded', { name: attachment.fileName }) });
      } catch (failure) {
        setError(uploadErrorMessage(failure));
        return;
      }
    }
    // Its digitisation state comes from the API's rule: ask for the dossier again.
    await cache.reloadDossier(dossier.id);
  }

  function setReuse(sourceDocumentId: string | null, code?: string) {
    if (!document) return;
    setError(null);
    reuse.mutate(
      { dossierId: dossier.id, documentId: document.id, version: document.version, sourceDocumentId },
      {
        onSuccess: (updated) => {
          cache.dossierChanged(updated);
          notifications.show({ color: 'teal', message: code ? t('people.reuse.done', { code }) : t('people.reuse.stopped') });
        },
        onError: (failure) => {
          if (isApiError(failure) && failure.status === 409) void cache.reloadDossier(dossier.id);
          setError(isApiError(failure) ? (failure.fieldMessage('sourceDocumentId') ?? failure.message) : t('people.reuse.failed'));
        },
      },
    );
  }

  const uploading = upload.isPending ? upload.variables : undefined;
  const resultMissing = group.kind === 'result' && group.files.length === 0 && dossier.digitisation.resultDigitised === false;
  return (
    <Stack gap={6} p="sm" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Group gap="xs" align="flex-start" wrap="wrap" style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} component="h3" m={0}>
            {title}
          </Text>
          {document && <DigitisationBadge document={document} />}
        </Group>
        {canUpload && !document?.reusedFrom && (
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            {mayReuse && (
              <ReuseDocumentMenu
                itemName={document.name}
                documents={reusable.data ?? []}
                disabled={reuse.isPending}
                onPick={(source) => setReuse(source.documentId, source.dossierCode)}
              />
            )}
            <AttachmentUploadButton groupTitle={title} disabled={upload.isPending} onFiles={(files) => void send(files)} />
          </Group>
        )}
      </Group>
      {document?.reusedFrom && (
        <ReusedFrom document={document} onPreview={onPreview} onStop={canUpload ? () => setReuse(null) : undefined} />
      )}
      {group.files.length === 0 && !uploading && !document?.reusedFrom && (
        <Text size="sm" c={resultMissing ? 'orange' : 'dimmed'}>
          {resultMissing ? t('workflow.attachments.resultMissing') : t('workflow.attachments.none')}
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
