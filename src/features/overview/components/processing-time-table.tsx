import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../domain/schemas/reports.ts';
import type { ReportPeriod } from '../../../lib/report-period.ts';
import { formatWorkingDays } from '../utils/figures.ts';
import { overviewLinks } from '../utils/overview-links.ts';
import { FigureLink } from './figure-link.tsx';
import classes from './overview.module.css';

export interface ProcessingTimeTableProps {
  rows: Overview['processingTime'];
  period: ReportPeriod;
  caption: string;
}

/** Average working days from receipt to decision, per procedure decided in the period. */
export function ProcessingTimeTable({ rows, period, caption }: ProcessingTimeTableProps) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text c="dimmed">{t('overview.processing.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('overview.processing.columns.procedure')}</Table.Th>
            <Table.Th scope="col" className={classes.number}>{t('overview.processing.columns.decided')}</Table.Th>
            <Table.Th scope="col" className={classes.number}>{t('overview.processing.columns.average')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.procedureId}>
              <Table.Th scope="row" fw={500}>
                {row.name}
                <Text size="xs" c="dimmed" ff="monospace">
                  {row.code}
                </Text>
              </Table.Th>
              <Table.Td className={classes.number}>
                <FigureLink
                  value={row.decided}
                  to={overviewLinks.decided(period, undefined, row.procedureId)}
                  label={t('overview.processing.decidedLink', { count: row.decided, procedure: row.name })}
                />
              </Table.Td>
              <Table.Td className={classes.number} fw={600}>
                {formatWorkingDays(row.averageWorkingDays)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
