import { Text } from '@mantine/core';
import { DialogForm } from '../../../components/dialog-form.tsx';
import { FormDialog } from '../../../components/form-dialog.tsx';

export interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  body: string;
  /** The label of the button that does it. */
  confirm: string;
  /** Deleting or locking something: a red button. */
  danger?: boolean;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
  /** Where focus goes on closing when what opened the dialog is gone (see `FormDialog`). */
  focusFallback?: () => HTMLElement | null;
}

/** "Are you sure?" with the safe choice focused first; Ctrl+Enter confirms, as in every dialog. */
export function ConfirmDialog({ opened, title, body, confirm, danger = false, pending, onConfirm, onClose, focusFallback }: ConfirmDialogProps) {
  return (
    <FormDialog opened={opened} onClose={onClose} title={title} size="md" focusFallback={focusFallback}>
      <DialogForm
        onSubmit={(event) => {
          event.preventDefault();
          // Ctrl+Enter again while the request runs: once is enough.
          if (!pending) onConfirm();
        }}
        submitLabel={confirm}
        danger={danger}
        pending={pending}
        focusCancel
      >
        <Text size="sm">{body}</Text>
      </DialogForm>
    </FormDialog>
  );
}
