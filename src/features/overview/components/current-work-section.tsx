import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../domain/schemas/reports.ts';
import { overviewLinks } from '../utils/overview-links.ts';
import { LoadTable, type LoadRow } from './load-table.tsx';
import { StatusTiles } from './status-tiles.tsx';

export interface CurrentWorkSectionProps {
  overview: Overview;
}

/** The commune's work at this moment: dossiers by status, then late and due soon per department and handler. */
export function CurrentWorkSection({ overview }: CurrentWorkSectionProps) {
  const { t } = useTranslation();
  const departments: LoadRow[] = overview.byDepartment.map((row) => ({
    key: row.unitId,
    name: row.name,
    open: row.open,
    dueSoon: row.dueSoon,
    late: row.late,
    links: {
      open: overviewLinks.departmentOpen(row.unitId),
      dueSoon: overviewLinks.departmentDue(row.unitId, 'due_soon'),
      late: overviewLinks.departmentDue(row.unitId, 'late'),
    },
  }));
  const handlers: LoadRow[] = overview.byHandler.map((row) => ({
    key: row.userId,
    name: row.name,
    detail: row.unitName,
    open: row.open,
    dueSoon: row.dueSoon,
    late: row.late,
    links: {
      open: overviewLinks.handlerOpen(row.userId),
      dueSoon: overviewLinks.handlerDue(row.userId, 'due_soon'),
      late: overviewLinks.handlerDue(row.userId, 'late'),
    },
  }));

  return (
    <Stack component="section" aria-labelledby="overview-now" gap="md">
      <Group justify="space-between" align="baseline" gap="xs">
        <Title order={2} id="overview-now">
          {t('overview.now.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('overview.now.hint')}
        </Text>
      </Group>
      <Title order={3} size="h4">
        {t('overview.now.byStatus')}
      </Title>
      <StatusTiles byStatus={overview.byStatus} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Card>
          <Title order={3} size="h4" mb="sm">
            {t('overview.now.byDepartment')}
          </Title>
          <LoadTable
            caption={t('overview.now.byDepartment')}
            nameHeader={t('overview.now.columns.department')}
            rows={departments}
            empty={t('overview.now.noDepartments')}
          />
        </Card>
        <Card>
          <Title order={3} size="h4" mb="sm">
            {t('overview.now.byHandler')}
          </Title>
          <LoadTable
            caption={t('overview.now.byHandler')}
            nameHeader={t('overview.now.columns.handler')}
            rows={handlers}
            empty={t('overview.now.noHandlers')}
          />
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
