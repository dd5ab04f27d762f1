import { Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dossierStatuses, statusTone } from '../../../domain/dossier-status.ts';
import type { Overview } from '../../../domain/schemas/reports.ts';
import { formatCount } from '../utils/figures.ts';
import { overviewLinks } from '../utils/overview-links.ts';
import classes from './overview.module.css';

export interface StatusTilesProps {
  byStatus: Overview['byStatus'];
}

/** How many dossiers are in each status now, in the lifecycle's order; each tile opens that list. */
export function StatusTiles({ byStatus }: StatusTilesProps) {
  const { t } = useTranslation();
  const counts = new Map(byStatus.map((entry) => [entry.status, entry.count]));
  const shown = dossierStatuses.filter((status) => (counts.get(status) ?? 0) > 0);
  if (shown.length === 0) return <Text c="dimmed">{t('overview.now.noDossiers')}</Text>;
  return (
    <ul className={classes.tiles} aria-label={t('overview.now.byStatus')}>
      {shown.map((status) => {
        const count = counts.get(status) ?? 0;
        const label = t(`status.${status}`);
        return (
          <li key={status}>
            <UnstyledButton
              component={Link}
              to={overviewLinks.status(status)}
              className={classes.tile}
              data-tone={statusTone[status]}
              aria-label={t('overview.now.statusLink', { status: label, count })}
            >
              {/* In the name's order (status, then count, a space apart so the visible text is
                  part of the name), the count drawn on top (CSS). */}
              <span className={classes.tileLabel}>{label}</span>{' '}
              <span className={classes.tileCount}>{formatCount(count)}</span>
            </UnstyledButton>
          </li>
        );
      })}
    </ul>
  );
}
