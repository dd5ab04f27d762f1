import { Button, CloseButton, FileButton, Group, Stack, Text } from '@mantine/core';
import { IconFileTypePdf, IconPaperclip, IconPhoto, IconRecycle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ReuseDocumentMenu } from '../../../components/reuse-document-menu.tsx';
import type { ReusableDocument } from '../../../domain/schemas/person.ts';
import { acceptedScanList } from '../../../lib/scans.ts';

export interface ChecklistScansProps {
  /** The checklist item's name (accessible labels say which paper). */
  name: string;
  /** Scans chosen for it, uploaded once the dossier is saved. */
  files: readonly File[];
  onAdd: (files: File[]) => void;
  onRemove: (index: number) => void;
  /** The applicant's digitised papers of earlier dossiers. */
  reusable: readonly ReusableDocument[];
  /** The one chosen for this item, if any. */
  reused: ReusableDocument | undefined;
  onReuse: (document: ReusableDocument | null) => void;
  /** Why a file or the reuse was refused. */
  error?: string;
}

/**
 * Digitising one paper at the desk, under its name in the checklist: attach its scans (PDF,
 * JPEG, PNG; several pages), or reuse the same person's digitised copy from an earlier
 * dossier (listed with papers of the same kind first) so it need not be scanned again.
 */
export function ChecklistScans({ name, files, onAdd, onRemove, reusable, reused, onReuse, error }: ChecklistScansProps) {
  const { t } = useTranslation();
  if (reused) {
    return (
      <Group gap={6} wrap="nowrap" mt={4}>
        <IconRecycle size={16} aria-hidden color="var(--mantine-color-teal-8)" style={{ flexShrink: 0 }} />
        <Text size="xs" c="teal" fw={600}>
          {t('people.reuse.reused', { code: reused.dossierCode })}
        </Text>
        <CloseButton size="sm" aria-label={t('people.reuse.stop', { name })} onClick={() => onReuse(null)} />
      </Group>
    );
  }
  return (
    <Stack gap={4} mt={4}>
      <Group gap={6}>
        <FileButton accept={acceptedScanList} multiple onChange={(picked) => picked.length > 0 && onAdd(picked)}>
          {(props) => (
            <Button {...props} size="compact-xs" variant="subtle" leftSection={<IconPaperclip size={14} aria-hidden />} aria-label={t('intake.scans.attachLabel', { name })}>
              {t('intake.scans.attach')}
            </Button>
          )}
        </FileButton>
        {files.length === 0 && <ReuseDocumentMenu itemName={name} documents={reusable} onPick={onReuse} />}
      </Group>
      {files.length > 0 && (
        <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('intake.scans.pending', { count: files.length })}>
          {files.map((file, index) => {
            const Glyph = file.type === 'application/pdf' ? IconFileTypePdf : IconPhoto;
            return (
              <Group component="li" key={`${file.name}-${index}`} gap={4} wrap="nowrap">
                <Glyph size={14} aria-hidden style={{ flexShrink: 0 }} />
                <Text size="xs" truncate="end" maw={260}>
                  {file.name}
                </Text>
                <CloseButton size="sm" aria-label={t('intake.scans.removeFile', { name: file.name })} onClick={() => onRemove(index)} />
              </Group>
            );
          })}
          <Text size="xs" c="dimmed">
            {t('intake.scans.pending', { count: files.length })}
          </Text>
        </Stack>
      )}
      {error && (
        <Text size="xs" c="var(--mantine-color-error)">
          {error}
        </Text>
      )}
    </Stack>
  );
}
