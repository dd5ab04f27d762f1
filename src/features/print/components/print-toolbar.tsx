import { Button, Group, Kbd, Text } from '@mantine/core';
import { IconArrowLeft, IconFilePlus, IconPrinter } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import classes from './print.module.css';

export interface PrintLink {
  to: string;
  label: string;
}

export interface PrintToolbarProps {
  /** The form's name, e.g. "Mẫu 01 · 000.17.22.H56-261123-0001". */
  title: string;
  paper: 'A5' | 'A4';
  back: PrintLink;
  /** The next walk-in (F2), after an intake. */
  next?: PrintLink;
  /** False until the sheet is ready to print. */
  ready: boolean;
}

/**
 * Above the sheet on screen, gone on paper: back, print (focused: Enter prints) and next.
 * Once printed, focus moves to next: one more Enter starts the next walk-in.
 */
export function PrintToolbar({ title, paper, back, next, ready }: PrintToolbarProps) {
  const { t } = useTranslation();
  const nextButton = useRef<HTMLAnchorElement>(null);

  function print() {
    // Returns once the browser's print dialog has closed.
    window.print();
    nextButton.current?.focus();
  }

  return (
    <div className={classes.toolbar} role="toolbar" aria-label={t('print.toolbar.label')}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="sm" wrap="nowrap" miw={0}>
          <Button component={Link} to={back.to} variant="default" leftSection={<IconArrowLeft size={18} aria-hidden />}>
            {back.label}
          </Button>
          <Text fw={600} truncate="end" visibleFrom="sm">
            {title}
          </Text>
        </Group>
        <Group gap="sm" wrap="nowrap">
          {next && (
            <Button
              ref={nextButton}
              component={Link}
              to={next.to}
              variant="default"
              leftSection={<IconFilePlus size={18} aria-hidden />}
              rightSection={<Kbd size="xs" aria-hidden>F2</Kbd>}
              aria-keyshortcuts="F2"
            >
              {next.label}
            </Button>
          )}
          {ready && (
            <Button
              leftSection={<IconPrinter size={18} aria-hidden />}
              onClick={print}
              title={t('print.toolbar.printHint', { size: paper })}
              // The officer came here to print: Enter does it.
              // oxlint-disable-next-line jsx-a11y/no-autofocus
              autoFocus
            >
              {t('print.toolbar.print')}
            </Button>
          )}
        </Group>
      </Group>
    </div>
  );
}
