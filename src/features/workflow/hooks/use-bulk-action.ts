import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { DossierListItem } from '../../../domain/schemas/dossier.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useDossierCache } from '../../../lib/dossier-cache.ts';
import { applyApiError } from '../../../lib/form.ts';
import type { BulkItem } from '../api/bulk-assign.ts';
import { useBulkConflict } from './use-bulk-conflict.ts';

export interface UseBulkActionOptions<Output> {
  /** The ticked dossiers, as the queue shows them (their versions are the ones sent). */
  selected: DossierListItem[];
  clearSelection: () => void;
  /** Sends the bulk request (all or nothing). */
  run: (values: Output, items: BulkItem[]) => Promise<unknown>;
  /** The notification once it went through, for that many dossiers. */
  done: (count: number) => { title: string; message: string };
}

/**
 * The dialog state and submit of a bulk action over a queue's ticked rows: on success the
 * selection is cleared and every list refreshed; on a 409 nothing changed, and the dialog
 * names the dossiers someone else moved meanwhile.
 */
export function useBulkAction<Input extends FieldValues, Output extends FieldValues>(
  form: UseFormReturn<Input, unknown, Output>,
  { selected, clearSelection, run, done }: UseBulkActionOptions<Output>,
) {
  const cache = useDossierCache();
  const changedSince = useBulkConflict();
  const [opened, setOpened] = useState(false);
  const [conflict, setConflict] = useState<string[] | null>(null);
  const [pending, setPending] = useState(false);

  const close = () => {
    setOpened(false);
    setConflict(null);
    form.reset();
  };

  const submit = form.handleSubmit(async (values) => {
    const items = selected.map(({ id, version }) => ({ id, version }));
    setPending(true);
    try {
      await run(values, items);
      notifications.show({ color: 'teal', ...done(items.length) });
      clearSelection();
      close();
      await cache.dossiersChanged();
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        setConflict(await changedSince(selected));
        return;
      }
      setConflict(null);
      applyApiError(form, error);
    } finally {
      setPending(false);
    }
  });

  return {
    opened,
    open: () => setOpened(true),
    close,
    /** What `BulkActionDialog` needs besides its title, labels and fields. */
    dialog: {
      opened,
      onClose: close,
      selected,
      conflict,
      onSubmit: (event: FormEvent<HTMLFormElement>) => void submit(event),
      pending,
      error: form.formState.errors.root?.server?.message,
      dirty: form.formState.isDirty,
    },
  };
}
