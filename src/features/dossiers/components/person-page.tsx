import { Anchor, Card, DataList, Grid, Group, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft, IconCircleCheck, IconCircleDashed, IconFiles, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Appointment } from '../../../components/appointment.tsx';
import { QueryErrorAlert } from '../../../components/query-error-alert.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { citizenIdProblem } from '../../../domain/citizen.ts';
import { isOpen } from '../../../domain/dossier-status.ts';
import type { Person, PersonDossier } from '../../../domain/schemas/person.ts';
import { formatDate } from '../../../lib/format.ts';
import { dossierPath, routePatterns } from '../../../lib/paths.ts';
import { usePerson, useReusableDocuments } from '../../../lib/people.ts';

function DigitisedState({ digitised }: { digitised: boolean }) {
  const { t } = useTranslation();
  const Icon = digitised ? IconCircleCheck : IconCircleDashed;
  return (
    <Group gap={4} wrap="nowrap" c={digitised ? '#2b6b32' : '#9a3412'}>
      <Icon size={16} aria-hidden style={{ flexShrink: 0 }} />
      <Text size="sm" inherit>
        {digitised ? t('people.digitisedState.yes') : t('people.digitisedState.no')}
      </Text>
    </Group>
  );
}

/** One dossier: its code and procedure (and the person's part in it), state, dates. */
function DossierRow({ dossier }: { dossier: PersonDossier }) {
  const { t } = useTranslation();
  const arrived = dossier.receivedAt ?? dossier.submittedAt;
  return (
    <Table.Tr data-open={isOpen(dossier.status) || undefined}>
      <Table.Td>
        <Anchor component={Link} to={dossierPath(dossier.id)} ff="monospace" fz="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {dossier.code}
        </Anchor>
        <Text size="sm">{dossier.procedureName}</Text>
        <Text size="xs" c="dimmed">
          {t(`people.role.${dossier.role}`)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <StatusBadge status={dossier.status} />
          <DigitisedState digitised={dossier.digitised} />
        </Stack>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{arrived ? formatDate(arrived) : t('common.none')}</Text>
      </Table.Td>
      <Table.Td>
        <Appointment appointmentAt={dossier.appointmentAt} dueState={dossier.dueState} layout="stacked" />
      </Table.Td>
    </Table.Tr>
  );
}

function PersonFacts({ person }: { person: Person }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <Card component="section" aria-labelledby="person-facts">
      <Stack gap="sm">
        <Group gap="xs">
          <IconUser size={20} aria-hidden />
          <Title order={2} size="h3" id="person-facts">
            {t('people.factsTitle')}
          </Title>
        </Group>
        <DataList labelWidth={150}>
          <DataList.Item>
            <DataList.ItemLabel>{t('people.facts.idNumber')}</DataList.ItemLabel>
            <DataList.ItemValue ff="monospace">{person.idNumber}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('people.facts.dateOfBirth')}</DataList.ItemLabel>
            <DataList.ItemValue>{person.dateOfBirth ? formatDate(`${person.dateOfBirth}T12:00:00+07:00`) : none}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('people.facts.gender')}</DataList.ItemLabel>
            <DataList.ItemValue>{person.gender ? t(`gender.${person.gender}`) : none}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('people.facts.address')}</DataList.ItemLabel>
            <DataList.ItemValue>{person.address ?? none}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('people.facts.phone')}</DataList.ItemLabel>
            <DataList.ItemValue>{person.phone ?? none}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Stack>
    </Card>
  );
}

function DigitisedDocuments({ idNumber }: { idNumber: string }) {
  const { t } = useTranslation();
  const documents = useReusableDocuments(idNumber);
  return (
    <Card component="section" aria-labelledby="person-documents">
      <Stack gap="sm">
        <Group gap="xs">
          <IconFiles size={20} aria-hidden />
          <Title order={2} size="h3" id="person-documents">
            {t('people.documentsTitle')}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('people.documentsHint')}
        </Text>
        {documents.isPending && <Skeleton h={60} />}
        {documents.isError && <QueryErrorAlert title={t('people.loadFailed')} error={documents.error} onRetry={() => void documents.refetch()} />}
        {documents.data?.length === 0 && <Text size="sm">{t('people.documentsEmpty')}</Text>}
        {documents.data && documents.data.length > 0 && (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {documents.data.map((document) => (
              <li key={document.documentId}>
                <Text size="sm" fw={600}>
                  {document.name}
                </Text>
                <Anchor component={Link} to={dossierPath(document.dossierId)} size="xs">
                  {t('people.documentFrom', { code: document.dossierCode, count: document.files.length })}
                </Anchor>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

/**
 * /cong-dan/:idNumber — one person (one ID number): who they are, every dossier where they
 * are the applicant or submitted for someone, open ones first, and their digitised papers.
 * Reached from the dossier page, the search box (a typed ID number or a scanned card) and
 * the intake form.
 */
export function PersonPage() {
  const { t } = useTranslation();
  const { idNumber = '' } = useParams();
  const valid = !citizenIdProblem(idNumber);
  const person = usePerson(idNumber, { enabled: valid });
  useDocumentTitle(`${t('people.documentTitle', { idNumber })} · ${t('app.documentTitle')}`);

  function content() {
    if (!valid) return <QueryErrorAlert title={t('people.invalidId')} error={null} />;
    if (person.isPending) {
      return (
        <Stack gap="md" aria-busy="true" aria-label={t('people.loading')}>
          <Skeleton h={160} />
          <Skeleton h={240} />
        </Stack>
      );
    }
    if (person.isError) {
      return <QueryErrorAlert title={t('people.loadFailed')} error={person.error} onRetry={() => void person.refetch()} retrying={person.isFetching} />;
    }
    const data = person.data;
    return (
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <PersonFacts person={data} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <DigitisedDocuments idNumber={idNumber} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Card component="section" aria-labelledby="person-dossiers">
            <Stack gap="sm">
              <Group justify="space-between" align="baseline">
                <Title order={2} size="h3" id="person-dossiers">
                  {t('people.dossiersTitle')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('people.summary', { count: data.dossiers.length, open: data.openCount })}
                </Text>
              </Group>
              {data.dossiers.length === 0 ? (
                <Text size="sm">{t('people.empty')}</Text>
              ) : (
                <Table.ScrollContainer minWidth={560}>
                  <Table verticalSpacing="xs" highlightOnHover>
                    <VisuallyHidden component="caption">{t('people.dossiersCaption')}</VisuallyHidden>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('people.columns.dossier')}</Table.Th>
                        <Table.Th w={170}>{t('people.columns.status')}</Table.Th>
                        <Table.Th w={110}>{t('people.columns.receivedAt')}</Table.Th>
                        <Table.Th w={150}>{t('people.columns.appointmentAt')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.dossiers.map((dossier) => (
                        <DossierRow key={dossier.id} dossier={dossier} />
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
    );
  }

  return (
    <Stack gap="md">
      <Group>
        <Anchor component={Link} to={routePatterns.dossiers} size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('people.backToList')}
          </Group>
        </Anchor>
      </Group>
      <div>
        <Title order={1}>{person.data?.name ?? t('people.title')}</Title>
        <Text c="dimmed" size="sm" ff="monospace">
          {idNumber}
        </Text>
      </div>
      {content()}
    </Stack>
  );
}
