import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useId, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormDialog } from './form-dialog.tsx';

export interface DialogFormProps {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  /** A step that ends something or turns someone away: a red submit button. */
  danger?: boolean;
  pending: boolean;
  /** Read by assistive technology while the request runs (the button shows a loader). */
  pendingLabel?: string;
  /** The submit cannot succeed as things are (e.g. the step no longer applies). */
  submitDisabled?: boolean;
  /** The form's own error (a message for no single field, a 403, a network failure). */
  error?: string;
  errorTitle?: string;
  /** The form holds typed text: closing the dialog asks first (see `FormDialog`). */
  dirty?: boolean;
  /** Outside a `FormDialog` only: what Cancel does. Inside one, Cancel closes it. */
  onCancel?: () => void;
  /** A question with no fields ("lock this account?"): Cancel, the safe choice, has focus first. */
  focusCancel?: boolean;
  children: ReactNode;
}

/** Ctrl+Enter (⌘+Enter) anywhere in the form submits it, even from a text area or an open picker. */
function submitOnModEnter(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.nativeEvent.isComposing) return;
  event.preventDefault();
  event.stopPropagation();
  event.currentTarget.requestSubmit();
}

/**
 * The form of a dialog: its fields, what went wrong, then Cancel and the submit button.
 * Ctrl+Enter submits from any field; `dirty` makes the dialog ask before closing.
 */
export function DialogForm(props: DialogFormProps) {
  const { onSubmit, submitLabel, danger = false, pending, pendingLabel, submitDisabled, error, errorTitle, dirty = false, onCancel, focusCancel = false, children } = props;
  const { t } = useTranslation();
  const dialog = useFormDialog();
  const setDirty = dialog?.setDirty;
  const id = useId();
  useEffect(() => {
    setDirty?.(id, dirty);
  }, [setDirty, id, dirty]);
  useEffect(() => () => setDirty?.(id, false), [setDirty, id]);

  return (
    <form onSubmit={onSubmit} onKeyDownCapture={submitOnModEnter} noValidate>
      <Stack gap="md">
        {children}
        {error && (
          <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />} title={errorTitle}>
            {error}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={dialog?.requestClose ?? onCancel} disabled={pending} data-autofocus={focusCancel || undefined}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color={danger ? 'red' : undefined}
            loading={pending}
            disabled={submitDisabled}
            loaderProps={{ 'aria-label': pendingLabel ?? t('common.sending') }}
          >
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
