import { List, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierListItem } from '../../../domain/schemas/dossier.ts';

export interface BulkDossierCodesProps {
  dossiers: readonly DossierListItem[];
}

/** The dossiers a bulk action will change, so the confirmation names them. */
export function BulkDossierCodes({ dossiers }: BulkDossierCodesProps) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {t('workflow.bulk.dossiers', { count: dossiers.length })}
      </Text>
      <ScrollArea.Autosize mah={180} type="auto">
        <List size="sm" spacing={2}>
          {dossiers.map((dossier) => (
            <List.Item key={dossier.id}>
              <Text span size="sm" ff="monospace">
                {dossier.code}
              </Text>{' '}
              <Text span size="sm" c="dimmed">
                {dossier.applicantName}
              </Text>
            </List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
    </div>
  );
}
