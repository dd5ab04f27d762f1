import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatPercent } from '../utils/figures.ts';
import { FigureLink } from './figure-link.tsx';
import { TargetProgress } from './target-progress.tsx';
import classes from './overview.module.css';

export interface IndicatorFigure {
  label: string;
  value: number;
  /** The list of these dossiers; left out where the list cannot select them. */
  to?: string;
  color?: string;
}

export interface IndicatorCardProps {
  title: string;
  /** How the indicator is counted (Decision 766). */
  hint: string;
  /** 0–1, null when the denominator is zero. */
  rate: number | null;
  part: number;
  total: number;
  /** 0–1: full marks from here (1 for the on-time rate); none where Decision 766 sets no threshold we know. */
  target?: number;
  /** Shown instead of the rate when there is nothing to count. */
  empty: string;
  /** Numerator first, then the other counts, then the denominator. */
  figures: IndicatorFigure[];
}

/** One Decision 766 indicator for the period: the rate, its fraction, progress to target and the counts behind it. */
export function IndicatorCard({ title, hint, rate, part, total, target, empty, figures }: IndicatorCardProps) {
  const { t } = useTranslation();
  const targetText = target === undefined ? '' : formatPercent(target);
  const reached = target !== undefined && rate !== null && rate >= target;
  const headingId = useId();
  return (
    <Card component="section" aria-labelledby={headingId} className={classes.indicator}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text id={headingId} component="h3" fw={650} size="md" m={0}>
            {title}
          </Text>
          {/* Only a target short of 100% can be "reached"; the on-time rate just aims as high as it can. */}
          {rate !== null && target !== undefined && target < 1 && (
            <Badge color={reached ? 'teal' : 'orange'} c={reached ? 'teal.9' : 'orange.9'} size="md" flex="none">
              {reached ? t('overview.indicator.reached') : t('overview.indicator.notReached')}
            </Badge>
          )}
        </Group>
        {rate === null ? (
          <Text c="dimmed">{empty}</Text>
        ) : (
          <Group gap="sm" align="baseline">
            <Text className={classes.rate}>{formatPercent(rate)}</Text>
            <Text c="dimmed" size="sm">
              {t('overview.indicator.fraction', { part: formatCount(part), total: formatCount(total) })}
            </Text>
          </Group>
        )}
        <TargetProgress
          value={rate}
          target={target}
          label={
            target === undefined
              ? `${title}: ${rate === null ? t('overview.indicator.noData') : formatPercent(rate)}`
              : t('overview.indicator.progress', { title, value: rate === null ? t('overview.indicator.noData') : formatPercent(rate), target: targetText })
          }
        />
        {target !== undefined && (
          <Text size="xs" c="dimmed">
            {target < 1 ? t('overview.indicator.fullMarks', { target: targetText }) : t('overview.indicator.target', { target: targetText })}
          </Text>
        )}
        <dl className={classes.figures}>
          {figures.map((figure) => (
            <div key={figure.label} className={classes.figureRow}>
              <dt>{figure.label}</dt>
              <dd>
                <FigureLink
                  value={figure.value}
                  to={figure.to}
                  color={figure.color}
                  label={t('overview.indicator.figureLink', { label: figure.label, count: figure.value })}
                />
              </dd>
            </div>
          ))}
        </dl>
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      </Stack>
    </Card>
  );
}
