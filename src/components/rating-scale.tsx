import { VisuallyHidden } from '@mantine/core';
import { IconMoodCry, IconMoodEmpty, IconMoodHappy, IconMoodSad, IconMoodSmile } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ratingLevels, type RatingLevel } from '../domain/satisfaction.ts';
import classes from './rating-scale.module.css';

const icons = { 1: IconMoodCry, 2: IconMoodSad, 3: IconMoodEmpty, 4: IconMoodSmile, 5: IconMoodHappy } as const;
const colors = { 1: 'var(--mantine-color-red-8)', 2: 'var(--mantine-color-orange-8)', 3: 'var(--mantine-color-gray-7)', 4: 'var(--mantine-color-teal-8)', 5: 'var(--mantine-color-green-8)' } as const;

export interface RatingScaleProps {
  /** The chosen level, or null before a choice. */
  value: RatingLevel | null;
  onChange: (level: RatingLevel) => void;
  /** `xl`: the counter tablet's big buttons; `md`: a phone's row. */
  size?: 'md' | 'xl';
  /** The group's name (its legend, read out by assistive technology). */
  label: string;
  disabled?: boolean;
}

/**
 * The five-level satisfaction scale (1 Rất không hài lòng … 5 Rất hài lòng): native radio
 * buttons drawn as big face buttons, so one tap chooses and the arrow keys move between levels.
 */
export function RatingScale({ value, onChange, size = 'md', label, disabled = false }: RatingScaleProps) {
  const { t } = useTranslation();
  const name = useId();
  const iconSize = size === 'xl' ? 72 : 32;
  return (
    <fieldset className={classes.group} disabled={disabled}>
      <VisuallyHidden component="legend">{label}</VisuallyHidden>
      {ratingLevels.map((level) => {
        const Icon = icons[level];
        const checked = value === level;
        return (
          <label key={level} className={classes.option} data-checked={checked || undefined} data-size={size}>
            <VisuallyHidden component="span">
              <input type="radio" name={name} value={level} checked={checked} onChange={() => onChange(level)} />
            </VisuallyHidden>
            <Icon className={classes.icon} size={iconSize} color={colors[level]} aria-hidden stroke={1.6} />
            {t(`citizens.rating.levels.${level}`)}
          </label>
        );
      })}
    </fieldset>
  );
}
