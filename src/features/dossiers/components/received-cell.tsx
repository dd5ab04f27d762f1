import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierListItem } from '../../../domain/schemas/dossier.ts';
import { formatDate, formatTime } from '../../../lib/format.ts';
import classes from './dossier-table.module.css';

export interface ReceivedCellProps {
  dossier: DossierListItem;
}

/** When the dossier was received (date and time, on one line), or submitted online if not received yet. */
export function ReceivedCell({ dossier }: ReceivedCellProps) {
  const { t } = useTranslation();
  // Online dossiers not yet accepted have no receipt: show when they were submitted.
  const instant = dossier.receivedAt ?? dossier.submittedAt;
  if (!instant) return <Text span c="dimmed">{t('common.none')}</Text>;
  return (
    <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
      {!dossier.receivedAt && (
        <Text span size="xs" c="dimmed">
          {t('dossierList.submittedOnline')}:{' '}
        </Text>
      )}
      {formatDate(instant)}{' '}
      <Text span size="xs" c="dimmed" className={classes.stackWhenCompact}>
        {formatTime(instant)}
      </Text>
    </Text>
  );
}
