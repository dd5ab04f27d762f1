import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DossierEvent } from '../../../domain/schemas/dossier.ts';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { HolderChange } from './holder-change.tsx';

export interface DossierHistoryItemProps {
  event: DossierEvent;
}

const legResultColor = { early: 'teal', on_time: 'blue', late: 'red' } as const;

function sameHolder(a: DossierEvent['fromHolder'], b: DossierEvent['toHolder']): boolean {
  return !!a && !!b && a.unitId === b.unitId && a.userId === b.userId;
}

/** One step of the history: when, who, what, status and holder change, note. */
export function DossierHistoryItem({ event }: DossierHistoryItemProps) {
  const { t } = useTranslation();
  const actor = event.actorName
    ? event.actorRole
      ? t('dossierDetail.historyBy', { name: event.actorName, role: t(`role.${event.actorRole}`) })
      : event.actorName
    : t('dossierDetail.historySystem');
  const statusChanged = event.fromStatus !== null && event.fromStatus !== event.toStatus;
  const holderChanged = event.toHolder !== null && !sameHolder(event.fromHolder, event.toHolder);

  return (
    <Stack gap={6}>
      <Text size="sm" c="dimmed">
        <time dateTime={event.at}>{formatDateTime(event.at)}</time> · {actor}
      </Text>
      <Group gap={6} wrap="wrap">
        {statusChanged && event.fromStatus && (
          <>
            <StatusBadge status={event.fromStatus} />
            <IconArrowRight size={16} aria-hidden />
          </>
        )}
        <StatusBadge status={event.toStatus} />
      </Group>
      {holderChanged && event.toHolder && <HolderChange from={event.fromHolder} to={event.toHolder} />}
      {event.note && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          <Text span size="sm" c="dimmed">
            {t('dossierDetail.historyNote')}:{' '}
          </Text>
          {event.note}
        </Text>
      )}
      {event.legResult && (
        <Group gap={6}>
          <Badge color={legResultColor[event.legResult]}>
            {t(`legResult.${event.legResult}`)}
          </Badge>
          {event.legDeadlineAt && (
            <Text size="xs" c="dimmed">
              {t('dossierDetail.legDeadline', { date: formatDateTime(event.legDeadlineAt) })}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
