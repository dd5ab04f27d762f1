import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statusTone, type DossierStatus } from '../domain/dossier-status.ts';
import classes from './status-badge.module.css';

/**
 * Text colours for the light badges, darker than Mantine's shade 6 so every label reaches
 * at least 4.5:1 on its tinted background (checked by hand, WCAG AA).
 */
const toneText: Record<(typeof statusTone)[DossierStatus], string> = {
  gray: '#495057',
  blue: '#1864ab',
  cyan: '#0b7285',
  orange: '#9a3412',
  violet: '#5f3dc4',
  teal: '#066649',
  green: '#2b6b32',
  red: '#b02525',
};

export interface StatusBadgeProps extends Omit<BadgeProps, 'color' | 'children'> {
  status: DossierStatus;
}

/** A dossier status: same label and colour family everywhere (statusTone). */
export function StatusBadge({ status, ...props }: StatusBadgeProps) {
  const { t } = useTranslation();
  const tone = statusTone[status];
  return (
    <Badge color={tone} c={toneText[tone]} classNames={{ root: classes.root, label: classes.label }} {...props}>
      {t(`status.${status}`)}
    </Badge>
  );
}
