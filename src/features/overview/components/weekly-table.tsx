import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../domain/schemas/reports.ts';
import { formatLocalDate, type ReportPeriod } from '../../../lib/report-period.ts';
import { overviewLinks, weekWithinPeriod } from '../utils/overview-links.ts';
import { FigureLink } from './figure-link.tsx';
import classes from './overview.module.css';

export interface WeeklyTableProps {
  weeks: Overview['weekly'];
  period: ReportPeriod;
}

/** The weekly figures as a table: each count opens the dossiers of that week (within the period). */
export function WeeklyTable({ weeks, period }: WeeklyTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table aria-label={t('overview.weekly.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('overview.weekly.columns.week')}</Table.Th>
            <Table.Th scope="col" className={classes.number}>{t('overview.weekly.columns.received')}</Table.Th>
            <Table.Th scope="col" className={classes.number}>{t('overview.weekly.columns.decided')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weeks.map((week) => {
            const days = weekWithinPeriod(week.weekStart, period);
            const date = formatLocalDate(week.weekStart);
            return (
              <Table.Tr key={week.weekStart}>
                <Table.Th scope="row" fw={500}>
                  {date}
                </Table.Th>
                <Table.Td className={classes.number}>
                  <FigureLink value={week.received} to={overviewLinks.received(days)} label={t('overview.weekly.receivedLink', { count: week.received, date })} />
                </Table.Td>
                <Table.Td className={classes.number}>
                  <FigureLink value={week.decided} to={overviewLinks.decided(days)} label={t('overview.weekly.decidedLink', { count: week.decided, date })} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
