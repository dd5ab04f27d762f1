import { Button, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface BulkSelectionBarProps {
  count: number;
  /** The hint shown while nothing is ticked: what ticking rows is for. */
  hint: string;
  onClear: () => void;
  /** The bulk action's button. */
  children: ReactNode;
}

/** Above a work queue: how many rows are ticked, the action for them, and a way to untick all. */
export function BulkSelectionBar({ count, hint, onClear, children }: BulkSelectionBarProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" bg={count > 0 ? 'var(--mantine-primary-color-light)' : undefined}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm" fw={count > 0 ? 600 : undefined} c={count > 0 ? undefined : 'dimmed'} aria-live="polite">
          {count > 0 ? t('workflow.bulk.selected', { count }) : hint}
        </Text>
        <Group gap="sm">
          {count > 0 && (
            <Button variant="subtle" size="sm" onClick={onClear}>
              {t('workflow.bulk.clear')}
            </Button>
          )}
          {children}
        </Group>
      </Group>
    </Paper>
  );
}
