import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FigureLink } from './figure-link.tsx';
import classes from './overview.module.css';

export interface LoadRow {
  key: string;
  name: string;
  /** A second line under the name (the handler's department). */
  detail?: string;
  open: number;
  dueSoon: number;
  late: number;
  links: { open: string; dueSoon: string; late: string };
}

export interface LoadTableProps {
  /** Names the table (the card's heading). */
  caption: string;
  nameHeader: string;
  rows: LoadRow[];
  empty: string;
}

/** Open, due-soon and late dossiers per department or per handler; every number is a link. */
export function LoadTable({ caption, nameHeader, rows, empty }: LoadTableProps) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table aria-label={caption} className={classes.loadTable}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{nameHeader}</Table.Th>
            <Table.Th scope="col" className={classes.number}>{t('overview.now.columns.open')}</Table.Th>
            <Table.Th scope="col" className={classes.number}>{t('overview.now.columns.dueSoon')}</Table.Th>
            <Table.Th scope="col" className={classes.number}>{t('overview.now.columns.late')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={500}>
                {row.name}
                {row.detail && (
                  <Text size="xs" c="dimmed">
                    {row.detail}
                  </Text>
                )}
              </Table.Th>
              <Table.Td className={classes.number}>
                <FigureLink value={row.open} to={row.links.open} label={t('overview.now.openLink', { count: row.open, name: row.name })} />
              </Table.Td>
              <Table.Td className={classes.number}>
                <FigureLink
                  value={row.dueSoon}
                  to={row.links.dueSoon}
                  color="orange"
                  label={t('overview.now.dueSoonLink', { count: row.dueSoon, name: row.name })}
                />
              </Table.Td>
              <Table.Td className={classes.number}>
                <FigureLink value={row.late} to={row.links.late} color="red" fw={700} label={t('overview.now.lateLink', { count: row.late, name: row.name })} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
