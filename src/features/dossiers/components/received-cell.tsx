import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierListItem } from '../../../domain/schemas/dossier.ts';
import { formatDate, formatTime } from '../../../lib/format.ts';

export interface ReceivedCellProps {
  dossier: DossierListItem;
}

/** When the dossier was received (date, then time), or submitted if not received yet. */
export function ReceivedCell({ dossier }: ReceivedCellProps) {
  const { t } = useTranslation();
  // Online dossiers not yet accepted have no receipt: show when they were submitted.
  const instant = dossier.receivedAt ?? dossier.submittedAt;
  if (!instant) return <Text span c="dimmed">{t('common.none')}</Text>;
  return (
    <div style={{ whiteSpace: 'nowrap' }}>
      <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatDate(instant)}
      </Text>
      <Text size="xs" c="dimmed">
        {dossier.receivedAt ? formatTime(instant) : `${t('dossierList.submittedOnline')} · ${formatTime(instant)}`}
      </Text>
    </div>
  );
}
