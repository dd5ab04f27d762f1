import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DossierEvent } from '../../../domain/schemas/dossier.ts';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { formatDateTime, formatMoney } from '../../../lib/format.ts';
import { dossierPath } from '../../../lib/paths.ts';
import { paymentMethods } from '../../../domain/fees.ts';
import { ratingLevels } from '../../../domain/satisfaction.ts';
import { HolderChange } from './holder-change.tsx';

export interface DossierHistoryItemProps {
  event: DossierEvent;
}

const legResultColor = { early: 'teal', on_time: 'blue', late: 'red' } as const;
const legResultText = { early: '#066649', on_time: '#1864ab', late: '#b02525' } as const;

function sameHolder(a: DossierEvent['fromHolder'], b: DossierEvent['toHolder']): boolean {
  return !!a && !!b && a.unitId === b.unitId && a.userId === b.userId;
}

/**
 * The open dossiers of the same applicant and procedure the receiving officer was shown
 * and went on past (`receive` events record them).
 */
function acknowledgedDuplicates(details: DossierEvent['details']): { id: string; code: string }[] {
  const value = details['duplicatesAcknowledged'];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    typeof item === 'object' && item !== null && 'id' in item && 'code' in item && typeof item.id === 'string' && typeof item.code === 'string'
      ? [{ id: item.id, code: item.code }]
      : [],
  );
}

/** What a fee payment or a rating step recorded, in words (the other steps say it in their note). */
function StepDetails({ event }: { event: DossierEvent }) {
  const { t } = useTranslation();
  const { amount, method, level } = event.details;
  if (event.action === 'record_payment' && typeof amount === 'number') {
    const known = paymentMethods.find((value) => value === method);
    return <Text size="sm">{t('citizens.history.payment', { amount: formatMoney(amount), method: known ? t(`citizens.fees.method.${known}`) : '' })}</Text>;
  }
  const rated = ratingLevels.find((value) => value === level);
  if (event.action === 'rate' && rated) {
    return <Text size="sm">{t('citizens.history.rating', { level: rated, text: t(`citizens.rating.levels.${rated}`) })}</Text>;
  }
  return null;
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
  const duplicates = acknowledgedDuplicates(event.details);

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
      {duplicates.length > 0 && (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconCopy size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} color="#9a3412" />
          <Text size="sm">
            {t('people.history.duplicates')}{' '}
            {duplicates.map((duplicate, index) => (
              <span key={duplicate.id}>
                {index > 0 && ', '}
                <Anchor component={Link} to={dossierPath(duplicate.id)} ff="monospace" fz="sm">
                  {duplicate.code}
                </Anchor>
              </span>
            ))}
          </Text>
        </Group>
      )}
      <StepDetails event={event} />
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
          <Badge color={legResultColor[event.legResult]} c={legResultText[event.legResult]}>
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
