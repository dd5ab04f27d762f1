import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DossierListItem } from '../../../domain/schemas/dossier.ts';
import { AssignInput } from '../../../domain/schemas/intake.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useDossierCache } from '../../../lib/dossier-cache.ts';
import { applyApiError, useZodForm } from '../../../lib/form.ts';
import { useBulkAssign } from '../api/bulk-assign.ts';
import { useBulkConflict } from '../hooks/use-bulk-conflict.ts';
import { BulkConflictAlert } from './bulk-conflict-alert.tsx';
import { BulkDossierCodes } from './bulk-dossier-codes.tsx';
import { BulkSelectionBar } from './bulk-selection-bar.tsx';
import { HandlerSelect } from './handler-select.tsx';
import { modalStyles } from '../utils/modal-styles.ts';

export interface BulkAssignBarProps {
  /** The ticked dossiers, as the queue shows them (their versions are the ones sent). */
  selected: DossierListItem[];
  clearSelection: () => void;
  /** The department head's department: its handlers are offered. */
  unitId: string;
}

/** The department head's "Chờ phân công" queue: assign every ticked dossier to one handler at once. */
export function BulkAssignBar({ selected, clearSelection, unitId }: BulkAssignBarProps) {
  const { t } = useTranslation();
  const cache = useDossierCache();
  const bulkAssign = useBulkAssign();
  const changedSince = useBulkConflict();
  const [opened, setOpened] = useState(false);
  const [conflict, setConflict] = useState<string[] | null>(null);
  const form = useZodForm(AssignInput, { defaultValues: { handlerId: '', note: '' } });
  const { errors } = form.formState;

  const close = () => {
    setOpened(false);
    setConflict(null);
    form.reset();
  };

  const submit = form.handleSubmit(async ({ handlerId, note }) => {
    const items = selected.map(({ id, version }) => ({ id, version }));
    try {
      await bulkAssign.mutateAsync({ handlerId, note, items });
      notifications.show({ color: 'teal', title: t('workflow.bulk.assigned', { count: items.length }), message: t('workflow.bulk.assignedBody') });
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
    }
  });

  return (
    <>
      <BulkSelectionBar count={selected.length} hint={t('workflow.bulk.assignHint')} onClear={clearSelection}>
        <Button leftSection={<IconUserCheck size={18} aria-hidden />} disabled={selected.length === 0} onClick={() => setOpened(true)}>
          {t('workflow.bulk.assign')}
        </Button>
      </BulkSelectionBar>
      <Modal opened={opened} onClose={close} title={t('workflow.bulk.assignTitle', { count: selected.length })} size="lg" styles={modalStyles}>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <BulkDossierCodes dossiers={selected} />
            {conflict && <BulkConflictAlert codes={conflict} />}
            <Controller
              control={form.control}
              name="handlerId"
              render={({ field, fieldState }) => (
                <HandlerSelect
                  unitId={unitId}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  error={fieldState.error?.message}
                />
              )}
            />
            <Textarea label={t('workflow.fields.assignNote')} rows={2} resize="vertical" error={errors.note?.message} {...form.register('note')} />
            {errors.root?.server && (
              <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />}>
                {errors.root.server.message}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={bulkAssign.isPending}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={bulkAssign.isPending} disabled={selected.length === 0}>
                {t('workflow.bulk.assignSubmit', { count: selected.length })}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
