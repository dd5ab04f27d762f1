import { Badge, Card, DataList, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { formatDateTime } from '../../../lib/format.ts';

export interface DossierResultCardProps {
  result: NonNullable<DossierDetail['result']>;
}

/** The result: the handler's draft until it is approved, then the decision (granted or denied), its number and summary. */
export function DossierResultCard({ result }: DossierResultCardProps) {
  const { t } = useTranslation();
  return (
    <Card component="section" aria-labelledby="dossier-result">
      <Stack gap="md">
        <Title order={2} size="h3" id="dossier-result">
          {result.decidedAt ? t('dossierDetail.resultTitle') : t('dossierDetail.resultDraftTitle')}
        </Title>
        <DataList labelWidth={150}>
          <DataList.Item>
            <DataList.ItemLabel>{t('dossierDetail.resultKind')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Badge color={result.kind === 'granted' ? 'green' : 'red'}>
                {t(`resultKind.${result.kind}`)}
              </Badge>
            </DataList.ItemValue>
          </DataList.Item>
          {result.number && (
            <DataList.Item>
              <DataList.ItemLabel>{t('dossierDetail.resultNumber')}</DataList.ItemLabel>
              <DataList.ItemValue>{result.number}</DataList.ItemValue>
            </DataList.Item>
          )}
          {result.decidedAt && (
            <DataList.Item>
              <DataList.ItemLabel>{t('dossierDetail.decidedAt')}</DataList.ItemLabel>
              <DataList.ItemValue>{formatDateTime(result.decidedAt)}</DataList.ItemValue>
            </DataList.Item>
          )}
          {result.summary && (
            <DataList.Item>
              <DataList.ItemLabel>{t('dossierDetail.resultSummary')}</DataList.ItemLabel>
              <DataList.ItemValue style={{ whiteSpace: 'pre-line' }}>{result.summary}</DataList.ItemValue>
            </DataList.Item>
          )}
        </DataList>
      </Stack>
    </Card>
  );
}
