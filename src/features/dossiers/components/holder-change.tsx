import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HolderRef } from '../../../domain/schemas/common.ts';

export interface HolderChangeProps {
  from: HolderRef | null;
  to: HolderRef;
}

function holderText(holder: HolderRef): string {
  return holder.userName ? `${holder.unitShortName} · ${holder.userName}` : holder.unitShortName;
}

/** "From: unit · person / To: unit · person": one handoff of the control slip (form 06). */
export function HolderChange({ from, to }: HolderChangeProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      {from && (
        <Text size="sm">
          <Text span size="sm" c="dimmed">
            {t('dossierDetail.historyFrom')}:{' '}
          </Text>
          {holderText(from)}
        </Text>
      )}
      <Text size="sm">
        <Text span size="sm" c="dimmed">
          {t('dossierDetail.historyTo')}:{' '}
        </Text>
        {holderText(to)}
      </Text>
    </Stack>
  );
}
