import { Badge, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed, IconRecycle, IconScan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DossierDetail, DossierDocument } from '../../../domain/schemas/dossier.ts';

export interface DossierDocumentsCardProps {
  documents: DossierDetail['documents'];
  /** Decision 766 digitisation of the dossier (src/domain/digitisation.ts). */
  digitisation: DossierDetail['digitisation'];
}

/** A received paper's digitisation, in a word with an icon. */
function DigitisationState({ document }: { document: DossierDocument }) {
  const { t } = useTranslation();
  if (!document.received) {
    return (
      <Text size="sm" c="dimmed">
        {t('people.digitisation.notNeeded')}
      </Text>
    );
  }
  const Icon = document.digitisation === 'scanned' ? IconScan : document.digitisation === 'reused' ? IconRecycle : IconCircleDashed;
  return (
    <Group gap={4} wrap="nowrap" c={document.digitisation === 'none' ? '#9a3412' : '#2b6b32'} style={{ whiteSpace: 'nowrap' }}>
      <Icon size={18} aria-hidden />
      <Text size="sm" inherit>
        {t(`people.digitisation.${document.digitisation}`)}
      </Text>
    </Group>
  );
}

/** The procedure's checklist (thành phần hồ sơ), what was actually handed in, and what is digitised. */
export function DossierDocumentsCard({ documents, digitisation }: DossierDocumentsCardProps) {
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
        {digitisation.documentsReceived > 0 && (
          <Group gap="xs">
            <Badge
              variant="light"
              color={digitisation.digitised ? 'teal' : 'orange'}
              c={digitisation.digitised ? '#066649' : '#9a3412'}
              leftSection={digitisation.digitised ? <IconCircleCheck size={14} aria-hidden /> : <IconCircleDashed size={14} aria-hidden />}
            >
              {digitisation.digitised
                ? t('people.digitisation.digitised')
                : t('people.digitisation.notDigitised', { done: digitisation.documentsDigitised, total: digitisation.documentsReceived })}
            </Badge>
            {digitisation.resultDigitised === false && (
              <Text size="sm" c="#9a3412">
                {t('people.digitisation.resultMissing')}
              </Text>
            )}
          </Group>
        )}
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
                  <Table.Th>{t('people.digitisation.column')}</Table.Th>
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
                    <Table.Td>
                      <DigitisationState document={document} />
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
