import { Text } from '@mantine/core';
import type { HolderRef } from '../domain/schemas/common.ts';

export interface HolderProps {
  holder: HolderRef;
  size?: 'xs' | 'sm' | 'md';
  /** Show the unit's full name rather than its short name (the full one is always the tooltip). @default false */
  full?: boolean;
}

/** Who holds a dossier: the unit, and the person on a second line when there is one. */
export function Holder({ holder, size = 'sm', full = false }: HolderProps) {
  return (
    <div>
      <Text size={size} title={holder.unitName}>
        {full ? holder.unitName : holder.unitShortName}
      </Text>
      {holder.userName && (
        <Text size={size === 'md' ? 'sm' : 'xs'} c="dimmed">
          {holder.userName}
        </Text>
      )}
    </div>
  );
}
