import { Text, VisuallyHidden } from '@mantine/core';
import { IconWorldUpload } from '@tabler/icons-react';
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
      {/* Not received yet: when it was submitted, marked by an icon (the words are read out). */}
      {!dossier.receivedAt && (
        <span title={t('dossierList.submittedOnline')}>
          <IconWorldUpload size={14} aria-hidden style={{ verticalAlign: '-2px', marginRight: 4 }} />
          <VisuallyHidden>{t('dossierList.submittedOnline')}: </VisuallyHidden>
        </span>
      )}
      {formatDate(instant)}{' '}
      <Text span size="xs" c="dimmed" className={classes.stackWhenCompact}>
        {formatTime(instant)}
      </Text>
    </Text>
  );
}
