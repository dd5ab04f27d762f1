import { Alert, Button, Group, Modal, Text, type ModalProps } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { createContext, use, useCallback, useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dialogOpener, returnFocus } from '../lib/focus-return.ts';

export interface FormDialogProps {
  opened: boolean;
  /** Called once closing is settled (nothing typed, or the user chose to discard it). */
  onClose: () => void;
  title: ReactNode;
  /** @default 'lg' */
  size?: ModalProps['size'];
  /**
   * Where focus goes when the dialog closes and what opened it is gone or disabled (the step
   * removed its button, a bulk action untick its rows). @default the main content
   */
  focusFallback?: () => HTMLElement | null;
  children: ReactNode;
}

interface FormDialogContextValue {
  /** Close as Esc, the × and Cancel do: asks first when something typed would be lost. */
  requestClose: () => void;
  /** A form inside (`form`: its id; a dialog may hold several, e.g. one per tab) reports whether it holds typed text. */
  setDirty: (form: string, dirty: boolean) => void;
}

const FormDialogContext = createContext<FormDialogContextValue | null>(null);

/** The dialog a form is in, if any (see `DialogForm`). */
export function useFormDialog(): FormDialogContextValue | null {
  return use(FormDialogContext);
}

/**
 * Every dialog with a form: a Mantine modal (focus trapped, one Esc closes it) that
 * - asks before closing when the form inside holds typed text (Esc, ×, Cancel, a click
 *   outside), inside the dialog itself, with "keep editing" focused;
 * - gives focus back to what opened it when it closes — the button of a menu the dialog was
 *   opened from, or `focusFallback` when that is gone or disabled.
 * Put a `DialogForm` inside for Ctrl+Enter, the error and the buttons. A dialog that only
 * shows something (a one-time password) may hold no form: it still closes on one Esc and
 * gives focus back.
 */
export function FormDialog({ opened, onClose, title, size = 'lg', focusFallback, children }: FormDialogProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  // The forms inside that hold typed text.
  const dirtyForms = useRef(new Set<string>());
  const opener = useRef<HTMLElement | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const keepEditing = useRef<HTMLButtonElement>(null);
  const focusedBeforeQuestion = useRef<Element | null>(null);
  const restoreFocus = useEffectEvent(() => returnFocus(root.current, opener.current, focusFallback));

  // What last had focus: a menu item that opened the dialog may already be gone (and focus
  // on the page body) by the time the dialog opens.
  const lastFocused = useRef<Element | null>(null);
  useEffect(() => {
    const remember = (event: FocusEvent) => {
      if (event.target instanceof Element) lastFocused.current = event.target;
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);

  // Before the modal moves focus inside (its focus trap runs after layout).
  useLayoutEffect(() => {
    if (!opened) return;
    const active = document.activeElement;
    opener.current = dialogOpener(active && active !== document.body ? active : lastFocused.current);
  }, [opened]);

  const wasOpened = useRef(opened);
  useEffect(() => {
    const closed = wasOpened.current && !opened;
    wasOpened.current = opened;
    if (!closed) return;
    setConfirming(false);
    dirtyForms.current.clear();
    const timeout = window.setTimeout(restoreFocus, 0);
    return () => window.clearTimeout(timeout);
  }, [opened]);

  useEffect(() => {
    if (confirming) keepEditing.current?.focus();
  }, [confirming]);

  const keep = useCallback(() => {
    setConfirming(false);
    const before = focusedBeforeQuestion.current;
    if (before instanceof HTMLElement && before.isConnected) before.focus();
  }, []);

  const requestClose = useCallback(() => {
    if (confirming) {
      // Esc (or ×) while asking: the question is what closes.
      keep();
      return;
    }
    if (dirtyForms.current.size > 0) {
      focusedBeforeQuestion.current = document.activeElement;
      setConfirming(true);
      return;
    }
    onClose();
  }, [confirming, keep, onClose]);

  const context = useMemo<FormDialogContextValue>(
    () => ({
      requestClose,
      setDirty: (form, value) => {
        if (value) dirtyForms.current.add(form);
        else dirtyForms.current.delete(form);
      },
    }),
    [requestClose],
  );

  return (
    <Modal
      ref={root}
      opened={opened}
      onClose={requestClose}
      title={title}
      size={size}
      returnFocus={false}
      closeButtonProps={{ 'aria-label': t('shell.closeDialog') }}
    >
      {confirming && (
        <Alert color="orange" variant="outline" icon={<IconAlertTriangle aria-hidden />} title={t('shell.unsaved.dialogTitle')} mb="md" role="alert">
          <Text size="sm" mb="sm">
            {t('shell.unsaved.dialogBody')}
          </Text>
          <Group gap="sm">
            <Button ref={keepEditing} size="sm" onClick={keep}>
              {t('shell.unsaved.keepEditing')}
            </Button>
            <Button
              size="sm"
              variant="default"
              onClick={() => {
                dirtyForms.current.clear();
                onClose();
              }}
            >
              {t('shell.unsaved.discard')}
            </Button>
          </Group>
        </Alert>
      )}
      <FormDialogContext value={context}>{children}</FormDialogContext>
    </Modal>
  );
}
