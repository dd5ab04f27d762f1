import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayDigitise } from '../../../domain/permissions.ts';
import type { CurrentUser } from '../../../domain/schemas/auth.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { attachmentGroups } from '../utils/attachment-groups.ts';
import { AttachmentGroupSection } from './attachment-group-section.tsx';
import { AttachmentPreviewModal, type PreviewableFile } from './attachment-preview-modal.tsx';

export interface AttachmentsPanelProps {
  dossier: DossierDetail;
  user: Pick<CurrentUser, 'id' | 'role' | 'unitKind'>;
}


/**
 * The dossier's digitisation and files, by checklist item: each paper's state (scanned,
 * reused from an earlier dossier, not yet), its files with preview and download, and when
 * allowed its upload or reuse; then supplements, the result and other files.
 */
export function AttachmentsPanel({ dossier, user }: AttachmentsPanelProps) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<PreviewableFile | null>(null);
  const canUpload = mayDigitise({ status: dossier.status, holderUserId: dossier.holder.userId }, user);
  const groups = attachmentGroups(dossier).filter((group) => group.files.length > 0 || (canUpload && group.showWhenEmpty));
  return (
    <Card component="section" aria-labelledby="dossier-attachments">
      <Stack gap="md">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3" id="dossier-attachments">
            {t('workflow.attachments.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('workflow.attachments.count', { count: dossier.attachments.length })}
          </Text>
        </Group>
        {canUpload && (
          <Text size="sm" c="dimmed">
            {t('workflow.attachments.rules')}
          </Text>
        )}
        {groups.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('workflow.attachments.empty')}
          </Text>
        ) : (
          <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {groups.map((group) => (
              <li key={group.key}>
                <AttachmentGroupSection dossier={dossier} group={group} canUpload={canUpload} onPreview={setPreview} />
              </li>
            ))}
          </Stack>
        )}
      </Stack>
      <AttachmentPreviewModal attachment={preview} onClose={() => setPreview(null)} />
    </Card>
  );
}
