import { Card, DataList, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';

export interface DossierPartiesCardProps {
  dossier: DossierDetail;
}

/** The applicant (chủ hồ sơ) and, when someone else handed it in, the submitter. */
export function DossierPartiesCard({ dossier }: DossierPartiesCardProps) {
  const { t } = useTranslation();
  const { applicant, submitter } = dossier;
  const none = t('common.none');
  return (
    <Card component="section" aria-labelledby="dossier-applicant">
      <Stack gap="md">
        <Title order={2} size="h3" id="dossier-applicant">
          {t('dossierDetail.applicantTitle')}
        </Title>
        <DataList labelWidth={150}>
          <DataList.Item>
            <DataList.ItemLabel>{t('dossierDetail.name')}</DataList.ItemLabel>
            <DataList.ItemValue fw={600}>{applicant.name}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('dossierDetail.idNumber')}</DataList.ItemLabel>
            <DataList.ItemValue ff="monospace">{applicant.idNumber ?? none}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('dossierDetail.phone')}</DataList.ItemLabel>
            <DataList.ItemValue>{applicant.phone ?? none}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('dossierDetail.email')}</DataList.ItemLabel>
            <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>{applicant.email ?? none}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('dossierDetail.address')}</DataList.ItemLabel>
            <DataList.ItemValue>{applicant.address}</DataList.ItemValue>
          </DataList.Item>
        </DataList>

        <Title order={3} size="h4">
          {t('dossierDetail.submitterTitle')}
        </Title>
        {submitter ? (
          <DataList labelWidth={150}>
            <DataList.Item>
              <DataList.ItemLabel>{t('dossierDetail.name')}</DataList.ItemLabel>
              <DataList.ItemValue fw={600}>{submitter.name}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('dossierDetail.idNumber')}</DataList.ItemLabel>
              <DataList.ItemValue ff="monospace">{submitter.idNumber ?? none}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('dossierDetail.phone')}</DataList.ItemLabel>
              <DataList.ItemValue>{submitter.phone ?? none}</DataList.ItemValue>
            </DataList.Item>
          </DataList>
        ) : (
          <Text size="sm" c="dimmed">
            {t('dossierDetail.sameAsApplicant')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
