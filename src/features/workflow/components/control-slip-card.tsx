import { Button, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Holder } from '../../../components/holder.tsx';
import { isOpen } from '../../../domain/dossier-status.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { printPaths } from '../../../lib/paths.ts';
import { controlSlip } from '../utils/control-slip-legs.ts';
import { LegResultBadge } from './leg-result-badge.tsx';

export interface ControlSlipCardProps {
  dossier: DossierDetail;
}

/**
 * The control slip (form 06) in short: each handoff — from whom to whom, when, by when the
 * giver had to pass it on and whether they did — and who holds the dossier now.
 */
export function ControlSlipCard({ dossier }: ControlSlipCardProps) {
  const { t } = useTranslation();
  const slip = controlSlip(dossier.events, isOpen(dossier.status));
  return (
    <Card component="section" aria-labelledby="dossier-control-slip">
      <Stack gap="md">
        <Group justify="space-between" align="center" gap="xs">
          <Title order={2} size="h3" id="dossier-control-slip">
            {t('workflow.controlSlip.title')}
          </Title>
          <Button
            component="a"
            href={printPaths.controlSlip(dossier.id)}
            target="_blank"
            rel="noopener"
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPrinter size={16} aria-hidden />}
          >
            {t('workflow.print.controlSlip')}
          </Button>
        </Group>
        {slip.current && (
          <Group gap="xs" align="flex-start" wrap="wrap">
            <Text size="sm" c="dimmed">
              {t('workflow.controlSlip.heldBy')}:
            </Text>
            <Holder holder={dossier.holder} />
            <Text size="sm" c="dimmed">
              {t('workflow.controlSlip.since', { date: formatDateTime(slip.current.since) })}
              {slip.current.deadlineAt && ` · ${t('workflow.controlSlip.dueBy', { date: formatDateTime(slip.current.deadlineAt) })}`}
            </Text>
          </Group>
        )}
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs" highlightOnHover={false}>
            <VisuallyHidden component="caption">{t('workflow.controlSlip.caption', { count: slip.rows.length })}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('workflow.controlSlip.columns.handoff')}</Table.Th>
                <Table.Th>{t('workflow.controlSlip.columns.at')}</Table.Th>
                <Table.Th>{t('workflow.controlSlip.columns.deadline')}</Table.Th>
                <Table.Th miw={110}>{t('workflow.controlSlip.columns.result')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {slip.rows.map((row) => (
                <Table.Tr key={row.event.id}>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {t(`action.${row.event.action}`)}
                    </Text>
                    <Text size="sm">
                      {row.from ? row.from.userName ?? row.from.unitShortName : t('workflow.controlSlip.applicant')}
                      {' → '}
                      {row.to.userName ?? row.to.unitShortName}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={row.event.at}>{formatDateTime(row.event.at)}</time>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.deadlineAt ? formatDateTime(row.deadlineAt) : t('common.none')}</Table.Td>
                  <Table.Td>{row.result ? <LegResultBadge result={row.result} /> : <Text span c="dimmed">{t('common.none')}</Text>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
