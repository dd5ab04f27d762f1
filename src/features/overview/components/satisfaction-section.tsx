import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RatingFilter } from '../../../domain/satisfaction.ts';
import type { Overview } from '../../../domain/schemas/reports.ts';
import { dossierPath } from '../../../lib/paths.ts';
import { formatDateTime } from '../../../lib/format.ts';
import type { ReportPeriod } from '../../../lib/report-period.ts';
import { overviewLinks } from '../utils/overview-links.ts';
import { FigureLink } from './figure-link.tsx';

const levelColor = { 1: 'red', 2: 'orange', 3: 'gray', 4: 'teal', 5: 'green' } as const;
const average = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

export interface SatisfactionSectionProps {
  satisfaction: Overview['satisfaction'];
  period: ReportPeriod;
}

/**
 * The applicants' ratings of the dossiers decided in the period: how many at each level,
 * the newest comments, and per officer; every count opens its dossiers.
 */
export function SatisfactionSection({ satisfaction: s, period }: SatisfactionSectionProps) {
  const { t } = useTranslation();
  const level = (value: number) => t(`citizens.rating.levels.${String(value) as '1' | '2' | '3' | '4' | '5'}`);
  return (
    <Card component="section" aria-labelledby="overview-satisfaction">
      <Stack gap="md">
        <div>
          <Title order={3} size="h4" id="overview-satisfaction">
            {t('overview.ratings.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {s.average === null
              ? t('overview.ratings.none')
              : t('overview.ratings.average', { average: average.format(s.average), count: s.rated })}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="xs">
            <Table fz="sm" verticalSpacing={4} aria-label={t('overview.ratings.levels')}>
              <Table.Tbody>
                {[...s.levels].reverse().map((row) => (
                  <Table.Tr key={row.level}>
                    <Table.Td>
                      <Badge color={levelColor[row.level as keyof typeof levelColor]} variant="light" tt="none">
                        {row.level} · {level(row.level)}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">
                      <FigureLink
                        value={row.count}
                        to={overviewLinks.rated(period, String(row.level) as RatingFilter)}
                        label={t('overview.indicator.figureLink', { label: level(row.level), count: row.count })}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Title order={4} size="h5" mt="sm">
              {t('overview.ratings.byOfficer')}
            </Title>
            {s.byOfficer.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('overview.ratings.none')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={360}>
                <Table fz="sm" verticalSpacing={4} striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('overview.ratings.columns.officer')}</Table.Th>
                      <Table.Th ta="right">{t('overview.ratings.columns.rated')}</Table.Th>
                      <Table.Th ta="right">{t('overview.ratings.columns.average')}</Table.Th>
                      <Table.Th ta="right">{t('overview.ratings.columns.dissatisfied')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.byOfficer.map((officer) => (
                      <Table.Tr key={`${officer.role}-${officer.userId}`}>
                        <Table.Td>
                          {officer.name}
                          <Text span size="xs" c="dimmed">
                            {' '}
                            · {t(`overview.ratings.role.${officer.role}`)}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          <FigureLink
                            value={officer.rated}
                            to={overviewLinks.rated(period, 'rated', officer)}
                            label={t('overview.ratings.officerLink', { count: officer.rated, name: officer.name })}
                          />
                        </Table.Td>
                        <Table.Td ta="right">{officer.average === null ? '—' : average.format(officer.average)}</Table.Td>
                        <Table.Td ta="right">
                          <FigureLink
                            value={officer.dissatisfied}
                            to={overviewLinks.rated(period, 'dissatisfied', officer)}
                            color="red"
                            label={t('overview.ratings.dissatisfiedLink', { count: officer.dissatisfied, name: officer.name })}
                          />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
          <Stack gap="xs">
            <Title order={4} size="h5">
              {t('overview.ratings.comments')}
            </Title>
            {s.comments.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('overview.ratings.noComments')}
              </Text>
            ) : (
              <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {s.comments.map((comment) => (
                  <li key={comment.dossierId}>
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      <Badge color={levelColor[comment.level as keyof typeof levelColor]} variant="light" flex="none">
                        {comment.level}/5
                      </Badge>
                      <div>
                        <Text size="sm">“{comment.comment}”</Text>
                        <Text size="xs" c="dimmed">
                          <Anchor component={Link} to={dossierPath(comment.dossierId)} size="xs" ff="monospace">
                            {comment.code}
                          </Anchor>{' '}
                          · {formatDateTime(comment.ratedAt)}
                        </Text>
                      </div>
                    </Group>
                  </li>
                ))}
              </Stack>
            )}
          </Stack>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
