import type { CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's "dimmed" text is gray 6 (3.3:1 on white), too faint for secondary facts an
 * officer reads all day (the holder's name, a submitted date): gray 7 keeps the hierarchy
 * at 8:1. Field errors use red 9 (5.5:1) instead of red 6 (3.6:1) for the same reason.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});
