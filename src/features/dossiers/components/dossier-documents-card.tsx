import { Badge, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed, IconRecycle, IconScan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DossierDetail, DossierDocument } from '../../../domain/schemas/dossier.ts';

export interface DossierDocumentsCardProps {
  documents: DossierDetail['documents'];
  /** Decision 766 digitisation of the dossier (src/domain/digitisation.ts). */
  digitisation: DossierDetail['digitisation'];
}

/** Handed in or not, in a word with an icon. */
function ReceivedState({ received }: { received: boolean }) {
  const { t } = useTranslation();
  const Icon = received ? IconCircleCheck : IconCircleDashed;
  return (
    <Group gap={4} wrap="nowrap" c={received ? '#2b6b32' : '#9a3412'}>
      <Icon size={18} aria-hidden style={{ flexShrink: 0 }} />
      <Text size="sm" inherit>
        {received ? t('dossierDetail.documentReceived') : t('dossierDetail.documentMissing')}
      </Text>
    </Group>
  );
}

/** A received paper's digitisation, in a word with an icon. */
function DigitisationState({ document }: { document: DossierDocument }) {
  const { t } = useTranslation();
  const Icon = document.digitisation === 'scanned' ? IconScan : document.digitisation === 'reused' ? IconRecycle : IconCircleDashed;
  return (
    <Group gap={4} wrap="nowrap" c={document.digitisation === 'none' ? '#9a3412' : '#2b6b32'}>
      <Icon size={18} aria-hidden style={{ flexShrink: 0 }} />
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
          // No sideways scrolling in the narrow column: the name wraps, its form and count go
          // under it, and the received and digitised states are words with icons, one above the other.
          <Table verticalSpacing={6} highlightOnHover={false} layout="fixed">
            <VisuallyHidden component="caption">
              {t('dossierDetail.documentsCaption', { received, total: sorted.length })}
            </VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={44}>{t('dossierDetail.documentColumns.position')}</Table.Th>
                <Table.Th>{t('dossierDetail.documentColumns.name')}</Table.Th>
                <Table.Th w={130}>{t('people.documentState')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((document, index) => (
                <Table.Tr key={document.id}>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {document.name}
                    <Text size="xs" c="dimmed">
                      {t(`documentForm.${document.form}`)} · {t('people.documentCount', { count: document.count })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <ReceivedState received={document.received} />
                      {document.received && <DigitisationState document={document} />}
                    </Stack>
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
