import { Button, Group, Modal, Text } from '@mantine/core';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, type Blocker } from 'react-router';

/**
 * Keeps typed text from being lost by leaving the page: a link or the browser's Back asks
 * first (`UnsavedChangesDialog` shows the question), and a reload or closing the tab gets
 * the browser's own question. Staying on the same path (F2 on the intake form) is not
 * leaving. `leave(go)` runs a navigation that must not ask (the form was just saved).
 */
export function useUnsavedChangesGuard(when: boolean) {
  const leaving = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => when && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!when) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [when]);

  const leave = useCallback((go: () => void) => {
    leaving.current = true;
    go();
  }, []);

  return { blocker, leave };
}

export interface UnsavedChangesDialogProps {
  blocker: Blocker;
}

/** "Leave without saving?" while a navigation waits on the guard: stay (the default) or leave. */
export function UnsavedChangesDialog({ blocker }: UnsavedChangesDialogProps) {
  const { t } = useTranslation();
  const opened = blocker.state === 'blocked';
  return (
    <Modal
      opened={opened}
      onClose={() => blocker.reset?.()}
      title={t('shell.unsaved.pageTitle')}
      closeButtonProps={{ 'aria-label': t('shell.closeDialog') }}
    >
      <Text mb="lg">{t('shell.unsaved.pageBody')}</Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" color="red" c="red" onClick={() => blocker.proceed?.()}>
          {t('shell.unsaved.leave')}
        </Button>
        <Button data-autofocus onClick={() => blocker.reset?.()}>
          {t('shell.unsaved.keepEditing')}
        </Button>
      </Group>
    </Modal>
  );
}
