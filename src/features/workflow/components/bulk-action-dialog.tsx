import type { FormEvent, ReactNode } from 'react';
import { DialogForm } from '../../../components/dialog-form.tsx';
import { FormDialog } from '../../../components/form-dialog.tsx';
import type { DossierListItem } from '../../../domain/schemas/dossier.ts';
import { firstListRow } from '../../../lib/focus-return.ts';
import { BulkConflictAlert } from './bulk-conflict-alert.tsx';
import { BulkDossierCodes } from './bulk-dossier-codes.tsx';

export interface BulkActionDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** The dossiers the action will change, named before it runs. */
  selected: readonly DossierListItem[];
  /** After a 409: the codes of the dossiers someone else changed. */
  conflict: readonly string[] | null;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  pending: boolean;
  error?: string;
  dirty: boolean;
  /** Each dossier's line can be opened to show this (the draft result before approving). */
  renderDetails?: (dossier: DossierListItem) => ReactNode;
  /** The action's own fields (the handler, a note). */
  children: ReactNode;
}

/** The confirmation of a bulk action: which dossiers, what changed meanwhile, the action's fields. */
export function BulkActionDialog({ opened, onClose, title, selected, conflict, renderDetails, children, ...form }: BulkActionDialogProps) {
  return (
    // Once done, the ticked rows (and the button's reason to be enabled) are gone: focus goes to the queue's first row.
    <FormDialog opened={opened} onClose={onClose} title={title} focusFallback={firstListRow}>
      <DialogForm {...form} submitDisabled={selected.length === 0}>
        <BulkDossierCodes dossiers={selected} renderDetails={renderDetails} />
        {conflict && <BulkConflictAlert codes={conflict} />}
        {children}
      </DialogForm>
    </FormDialog>
  );
}
