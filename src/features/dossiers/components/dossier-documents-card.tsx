import { Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';

export interface DossierDocumentsCardProps {
  documents: DossierDetail['documents'];
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
          <Table.ScrollContainer minWidth={420}>
            <Table verticalSpacing="xs" highlightOnHover={false} styles={{ th: { whiteSpace: 'nowrap' } }}>
              <VisuallyHidden component="caption">
                {t('dossierDetail.documentsCaption', { received, total: sorted.length })}
              </VisuallyHidden>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={48}>{t('dossierDetail.documentColumns.position')}</Table.Th>
                  <Table.Th>{t('dossierDetail.documentColumns.name')}</Table.Th>
                  <Table.Th>{t('dossierDetail.documentColumns.form')}</Table.Th>
                  <Table.Th ta="right">{t('dossierDetail.documentColumns.count')}</Table.Th>
                  <Table.Th>{t('dossierDetail.documentColumns.received')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((document, index) => (
                  <Table.Tr key={document.id}>
                    <Table.Td>{index + 1}</Table.Td>
                    <Table.Td>{document.name}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`documentForm.${document.form}`)}</Table.Td>
                    <Table.Td ta="right">{document.count}</Table.Td>
                    <Table.Td>
                      {document.received ? (
                        <Group gap={4} wrap="nowrap" c="#2b6b32" style={{ whiteSpace: 'nowrap' }}>
                          <IconCircleCheck size={18} aria-hidden />
                          <Text size="sm" inherit>
                            {t('dossierDetail.documentReceived')}
                          </Text>
                        </Group>
                      ) : (
                        <Group gap={4} wrap="nowrap" c="#9a3412" style={{ whiteSpace: 'nowrap' }}>
                          <IconCircleDashed size={18} aria-hidden />
                          <Text size="sm" inherit>
                            {t('dossierDetail.documentMissing')}
                          </Text>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
