import type { CSSVariablesResolver } from '@mantine/core';

/**
 * Text colours of the status families (statuses, due states, results, leg results), darker
 * than Mantine's shade 6 on white and lighter than its shade 4 on the dark background, so
 * every label keeps at least 4.5:1 on the page and on its own tinted badge, in both colour
 * schemes (checked by axe in tests/e2e/accessibility.spec.ts).
 */
const tones = {
  gray: { light: '#495057', dark: 'var(--mantine-color-gray-3)' },
  blue: { light: '#1864ab', dark: 'var(--mantine-color-blue-3)' },
  cyan: { light: '#0b7285', dark: 'var(--mantine-color-cyan-3)' },
  orange: { light: '#9a3412', dark: 'var(--mantine-color-orange-3)' },
  yellow: { light: '#7c5800', dark: 'var(--mantine-color-yellow-3)' },
  violet: { light: '#5f3dc4', dark: 'var(--mantine-color-violet-3)' },
  teal: { light: '#066649', dark: 'var(--mantine-color-teal-3)' },
  green: { light: '#2b6b32', dark: 'var(--mantine-color-green-3)' },
  red: { light: '#b02525', dark: 'var(--mantine-color-red-3)' },
} as const;

/** Filled backgrounds that keep white text at 4.5:1 or more (Mantine's red 7, orange 9 and green 9 do not). */
const filled = {
  red: { filled: 'var(--mantine-color-red-9)', hover: '#a61e1e' },
  orange: { filled: '#c2410c', hover: '#9a3412' },
  green: { filled: '#2b7a3b', hover: '#236430' },
} as const;

type Scheme = 'light' | 'dark';

function toneVariables(scheme: Scheme): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, text] of Object.entries(tones)) {
    // Our own name for components, and Mantine's, so `c="red"`, light badges, light buttons
    // and menu items in that colour all use it.
    variables[`--motcua-tone-${name}-text`] = text[scheme];
    variables[`--mantine-color-${name}-text`] = text[scheme];
    variables[`--mantine-color-${name}-light-color`] = text[scheme];
  }
  for (const [name, colours] of Object.entries(filled)) {
    variables[`--mantine-color-${name}-filled`] = colours.filled;
    variables[`--mantine-color-${name}-filled-hover`] = colours.hover;
  }
  return variables;
}

/**
 * Mantine's "dimmed" text is gray 6 (3.3:1 on white), too faint for secondary facts an
 * officer reads all day (the holder's name, a submitted date): gray 7 keeps the hierarchy
 * at 8:1. Field errors use red 9 (5.5:1) instead of red 6 (3.6:1) for the same reason, and
 * placeholders reach 4.5:1 (a picker's placeholder is the only text in it). In the dark
 * scheme, dimmed text, placeholders, links and light buttons are lighter than Mantine's
 * defaults for the same 4.5:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...toneVariables('light'),
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': '#6b7280',
    // Behind a lone card (the login page).
    '--motcua-page-muted-bg': 'var(--mantine-color-gray-0)',
  },
  dark: {
    ...toneVariables('dark'),
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
    '--mantine-color-placeholder': '#a6a6a6',
    '--motcua-page-muted-bg': 'var(--mantine-color-dark-8)',
    '--mantine-color-anchor': 'var(--mantine-color-deskBlue-3)',
    '--mantine-primary-color-light-color': 'var(--mantine-color-deskBlue-2)',
  },
});
