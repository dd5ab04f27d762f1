import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statusTone, type DossierStatus } from '../domain/dossier-status.ts';
import classes from './status-badge.module.css';

export interface StatusBadgeProps extends Omit<BadgeProps, 'color' | 'children'> {
  status: DossierStatus;
}

/** A dossier status: same label and colour family everywhere (statusTone). */
export function StatusBadge({ status, ...props }: StatusBadgeProps) {
  const { t } = useTranslation();
  const tone = statusTone[status];
  return (
    <Badge color={tone} classNames={{ root: classes.root, label: classes.label }} {...props}>
      {t(`status.${status}`)}
    </Badge>
  );
}
