import { ActionIcon, Badge, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { IconDownload, IconFileTypePdf, IconPhoto } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { useDossierCache } from '../../../lib/dossier-cache.ts';
import { useDownloadAttachment } from '../hooks/use-download-attachment.ts';
import { formatFileSize } from '../utils/file-size.ts';

const resultTone = { granted: 'green', denied: 'red' } as const;

export interface DraftResultProps {
  dossier: DossierDetail;
}

/**
 * The result the handler submitted, as the chairperson decides on it: granted or denied,
 * its number, what it says, and the result files (downloadable). Nothing when there is none.
 */
export function DraftResult({ dossier }: DraftResultProps) {
  const { t } = useTranslation();
  const { download, downloading } = useDownloadAttachment();
  const { result } = dossier;
  const files = dossier.attachments.filter((attachment) => attachment.kind === 'result');
  if (!result) return null;
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Badge color={resultTone[result.kind]} c={`var(--motcua-tone-${resultTone[result.kind]}-text)`}>
          {t(`resultKind.${result.kind}`)}
        </Badge>
        {result.number && (
          <Text span size="sm" fw={600}>
            {t('workflow.fields.resultNumber')}: {result.number}
          </Text>
        )}
      </Group>
      {result.summary && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {result.summary}
        </Text>
      )}
      {files.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('workflow.draft.noFiles')}
        </Text>
      ) : (
        <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('workflow.draft.files')}>
          {files.map((file) => {
            const label = t('workflow.attachments.download', { name: file.fileName });
            const Glyph = file.contentType === 'application/pdf' ? IconFileTypePdf : IconPhoto;
            return (
              <Group key={file.id} component="li" gap="xs" wrap="nowrap">
                <Glyph size={18} aria-hidden color="var(--mantine-color-dimmed)" />
                <Text size="sm" style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
                  {file.fileName}{' '}
                  <Text span size="xs" c="dimmed">
                    {formatFileSize(file.sizeBytes)}
                  </Text>
                </Text>
                <Tooltip label={label}>
                  <ActionIcon size="md" aria-label={label} loading={downloading === file.id} onClick={() => void download(file)}>
                    <IconDownload size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}

export interface DraftResultOfProps {
  dossierId: string;
}

/** The draft result of a dossier known only by its id (a row of a bulk approval), loaded when shown. */
export function DraftResultOf({ dossierId }: DraftResultOfProps) {
  const { t } = useTranslation();
  const cache = useDossierCache();
  const dossier = useQuery(cache.detailQuery(dossierId));
  if (dossier.isPending) return <Loader size="sm" aria-label={t('workflow.draft.loading')} />;
  if (dossier.isError) return <Text size="sm" c="var(--mantine-color-error)">{dossier.error.message}</Text>;
  return <DraftResult dossier={dossier.data} />;
}
