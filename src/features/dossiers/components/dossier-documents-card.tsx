import { Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';

export interface DossierDocumentsCardProps {
  documents: DossierDetail['documents'];
}

/** Handed in or not, in words with an icon (and the status tone). */
function ReceivedState({ received }: { received: boolean }) {
  const { t } = useTranslation();
  const Icon = received ? IconCircleCheck : IconCircleDashed;
  return (
    <Group gap={4} wrap="nowrap" c={received ? 'green' : 'orange'}>
      <Icon size={18} aria-hidden style={{ flexShrink: 0 }} />
      <Text size="sm" inherit>
        {received ? t('dossierDetail.documentReceived') : t('dossierDetail.documentMissing')}
      </Text>
    </Group>
  );
}

/** The procedure's checklist (thành phần hồ sơ) and what was actually handed in. */
export function DossierDocumentsCard({ documents }: DossierDocumentsCardProps) {
  const { t } = useTranslation();
  const sorted = [...documents].sort((a, b) => a.position - b.position);
  const received = sorted.filter((document) => document.received).length;
  return (
    <Card component="section" aria-labelledby="dossier-documents">
      <Stack gap="md">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3" id="dossier-documents">
            {t('dossierDetail.documentsTitle')}
          </Title>
          {sorted.length > 0 && (
            <Text size="sm" c="dimmed">
              {received}/{sorted.length}
            </Text>
          )}
        </Group>
        {sorted.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('dossierDetail.documentsEmpty')}
          </Text>
        ) : (
          // No sideways scrolling in the narrow column: the name wraps, its form and count
          // go under it, and the received state is a word with an icon (never clipped).
          <Table verticalSpacing={6} highlightOnHover={false} layout="fixed">
            <VisuallyHidden component="caption">
              {t('dossierDetail.documentsCaption', { received, total: sorted.length })}
            </VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={44}>{t('dossierDetail.documentColumns.position')}</Table.Th>
                <Table.Th>{t('dossierDetail.documentColumns.name')}</Table.Th>
                <Table.Th w={110}>{t('dossierDetail.documentColumns.received')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((document, index) => (
                <Table.Tr key={document.id}>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {document.name}
                    <Text size="xs" c="dimmed">
                      {t(`documentForm.${document.form}`)} · {t('dossierDetail.documentCount', { count: document.count })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ReceivedState received={document.received} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
