import { Anchor, Card, DataList, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { formatDate } from '../../../lib/format.ts';
import { personPath } from '../../../lib/paths.ts';

export interface DossierPartiesCardProps {
  dossier: DossierDetail;
}

/** A person's ID number, linking to their page (every dossier of that number). */
function IdNumber({ idNumber }: { idNumber: string | null }) {
  const { t } = useTranslation();
  if (!idNumber) return <DataList.ItemValue ff="monospace">{t('common.none')}</DataList.ItemValue>;
  return (
    <DataList.ItemValue>
      <Text span ff="monospace">
        {idNumber}
      </Text>{' '}
      <Anchor component={Link} to={personPath(idNumber)} size="sm">
        {t('people.openPerson')}
      </Anchor>
    </DataList.ItemValue>
  );
}

const birthDate = (date: string | null) => (date ? formatDate(`${date}T12:00:00+07:00`) : null);

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
            <IdNumber idNumber={applicant.idNumber} />
          </DataList.Item>
          {(applicant.dateOfBirth || applicant.gender) && (
            <DataList.Item>
              <DataList.ItemLabel>{t('people.parties.dateOfBirth')}</DataList.ItemLabel>
              <DataList.ItemValue>
                {[birthDate(applicant.dateOfBirth) ?? none, applicant.gender && t(`gender.${applicant.gender}`)].filter(Boolean).join(' · ')}
              </DataList.ItemValue>
            </DataList.Item>
          )}
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
              <IdNumber idNumber={submitter.idNumber} />
            </DataList.Item>
            {(submitter.dateOfBirth || submitter.gender) && (
              <DataList.Item>
                <DataList.ItemLabel>{t('people.parties.dateOfBirth')}</DataList.ItemLabel>
                <DataList.ItemValue>
                  {[birthDate(submitter.dateOfBirth) ?? none, submitter.gender && t(`gender.${submitter.gender}`)].filter(Boolean).join(' · ')}
                </DataList.ItemValue>
              </DataList.Item>
            )}
            <DataList.Item>
              <DataList.ItemLabel>{t('dossierDetail.phone')}</DataList.ItemLabel>
              <DataList.ItemValue>{submitter.phone ?? none}</DataList.ItemValue>
            </DataList.Item>
            {submitter.address && (
              <DataList.Item>
                <DataList.ItemLabel>{t('people.parties.address')}</DataList.ItemLabel>
                <DataList.ItemValue>{submitter.address}</DataList.ItemValue>
              </DataList.Item>
            )}
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
