import { Anchor, Text, type MantineColor } from '@mantine/core';
import { Link } from 'react-router';
import { formatCount } from '../utils/figures.ts';

export interface FigureLinkProps {
  value: number;
  /** The filtered dossier list behind the figure; left out where the list has no such filter. */
  to?: string;
  /** What the figure counts, read out instead of the bare number ("5 hồ sơ quá hạn của Phòng Kinh tế"). */
  label: string;
  /** Colour of a non-zero figure (late in red, due soon in orange). */
  color?: MantineColor;
  fw?: number;
  size?: string;
}

/**
 * A count that opens the list of exactly the dossiers it counts. Zero is plain text: a
 * link to an empty list helps nobody.
 */
export function FigureLink({ value, to, label, color, fw = 600, size }: FigureLinkProps) {
  if (value === 0 || to === undefined) {
    return (
      <Text span c={value === 0 ? 'dimmed' : color} fw={value === 0 ? undefined : fw} size={size} aria-label={label}>
        {formatCount(value)}
      </Text>
    );
  }
  return (
    <Anchor component={Link} to={to} aria-label={label} c={color} fw={fw} size={size} underline="always">
      {formatCount(value)}
    </Anchor>
  );
}
