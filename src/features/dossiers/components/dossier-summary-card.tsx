import { ActionIcon, Card, CopyButton, DataList, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { Appointment } from '../../../components/appointment.tsx';
import { Holder } from '../../../components/holder.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { formatDateTime, formatMoney } from '../../../lib/format.ts';
import classes from './fact-grid.module.css';

export interface DossierSummaryCardProps {
  dossier: DossierDetail;
}

/** The dossier at a glance: code, status, who holds it, when it is due, what it is. */
export function DossierSummaryCard({ dossier }: DossierSummaryCardProps) {
  const { t } = useTranslation();
  const rescheduled = dossier.originalAppointmentAt && dossier.originalAppointmentAt !== dossier.appointmentAt;
  // Online dossiers not yet accepted have no receipt: show when they were submitted.
  const arrivedAt = dossier.receivedAt ?? dossier.submittedAt;
  return (
    <Card component="section" aria-labelledby="dossier-code">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" gap="md">
          <div>
            <Text size="sm" c="dimmed">
              {t('dossierDetail.code')}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Title order={1} id="dossier-code" ff="monospace" fz={{ base: 22, sm: 28 }} style={{ wordBreak: 'break-all' }}>
                {dossier.code}
              </Title>
              <CopyButton value={dossier.code} timeout={2000}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? t('dossierDetail.codeCopied') : t('dossierDetail.copyCode')} opened={copied || undefined}>
                    <ActionIcon
                      size="lg"
                      color={copied ? 'teal' : 'gray'}
                      onClick={copy}
                      aria-label={copied ? t('dossierDetail.codeCopied') : t('dossierDetail.copyCode')}
                    >
                      {copied ? <IconCheck size={20} aria-hidden /> : <IconCopy size={20} aria-hidden />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
          </div>
          <Stack gap={4} align="flex-end">
            <StatusBadge status={dossier.status} size="xl" />
            <Text size="xs" c="dimmed">
              {t('dossierDetail.nationalStatus', { code: dossier.nationalStatusCode })}
            </Text>
          </Stack>
        </Group>

        <DataList orientation="vertical" className={classes.grid}>
          <DataList.Item>
            <DataList.ItemLabel>{t('dossierDetail.holder')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Holder holder={dossier.holder} size="md" full />
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('dossierDetail.appointmentAt')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Appointment appointmentAt={dossier.appointmentAt} dueState={dossier.dueState} />
              {rescheduled && dossier.originalAppointmentAt && (
                <Text size="xs" c="dimmed">
                  {t('dossierDetail.originalAppointmentAt', { date: formatDateTime(dossier.originalAppointmentAt) })}
                </Text>
              )}
              {dossier.pausedAt && (
                <Text size="xs" c="dimmed">
                  {t('dossierDetail.paused')}
                </Text>
              )}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{dossier.receivedAt ? t('dossierDetail.receivedAt') : t('dossierDetail.submittedAt')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {arrivedAt ? formatDateTime(arrivedAt) : t('common.none')}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('dossierDetail.channel')}</DataList.ItemLabel>
            <DataList.ItemValue>{t(`channel.${dossier.channel}`)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item className={classes.wide}>
            <DataList.ItemLabel>{t('dossierDetail.procedure')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {dossier.procedureName}{' '}
              <Text span size="xs" c="dimmed" ff="monospace">
                {dossier.procedureCode}
              </Text>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('dossierDetail.field')}</DataList.ItemLabel>
            <DataList.ItemValue>{dossier.fieldName}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('dossierDetail.decidingUnit')}</DataList.ItemLabel>
            <DataList.ItemValue>{dossier.decidingUnit.name}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('dossierDetail.duration')}</DataList.ItemLabel>
            <DataList.ItemValue>{t(`duration.${dossier.duration.unit}`, { count: dossier.duration.amount })}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('dossierDetail.fee')}</DataList.ItemLabel>
            <DataList.ItemValue>{dossier.feeAmount > 0 ? formatMoney(dossier.feeAmount) : t('dossierDetail.noFee')}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('dossierDetail.returnMethod')}</DataList.ItemLabel>
            <DataList.ItemValue>{t(`returnMethod.${dossier.returnMethod}`)}</DataList.ItemValue>
          </DataList.Item>
          {dossier.supplementCount > 0 && (
            <DataList.Item>
              <DataList.ItemLabel>{t('dossierDetail.supplementCount')}</DataList.ItemLabel>
              <DataList.ItemValue>
                {dossier.supplementCount}
                {dossier.supplementDeadlineAt && (
                  <Text size="xs" c="dimmed">
                    {t('dossierDetail.supplementDeadline')}: {formatDateTime(dossier.supplementDeadlineAt)}
                  </Text>
                )}
              </DataList.ItemValue>
            </DataList.Item>
          )}
          {dossier.returnedAt && (
            <DataList.Item>
              <DataList.ItemLabel>{t('dossierDetail.returnedAt')}</DataList.ItemLabel>
              <DataList.ItemValue>{formatDateTime(dossier.returnedAt)}</DataList.ItemValue>
            </DataList.Item>
          )}
          {dossier.notes && (
            <DataList.Item className={classes.wide}>
              <DataList.ItemLabel>{t('dossierDetail.notes')}</DataList.ItemLabel>
              <DataList.ItemValue style={{ whiteSpace: 'pre-line' }}>{dossier.notes}</DataList.ItemValue>
            </DataList.Item>
          )}
        </DataList>
      </Stack>
    </Card>
  );
}
