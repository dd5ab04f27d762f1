import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierEvent } from '../../../domain/schemas/dossier.ts';

export interface LegResultBadgeProps {
  result: NonNullable<DossierEvent['legResult']>;
}

const color = { early: 'teal', on_time: 'blue', late: 'red' } as const;
// Darker text than Mantine's shade 6 on the light badge (4.5:1), as the history's badges.

/** Trước hạn / Đúng hạn / Quá hạn for one leg of the control slip. */
export function LegResultBadge({ result }: LegResultBadgeProps) {
  const { t } = useTranslation();
  return (
    // Never cut to "Đúng…": the badge keeps its full width in a narrow column.
    <Badge size="md" color={color[result]} style={{ flexShrink: 0, overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }}>
      {t(`legResult.${result}`)}
    </Badge>
  );
}
