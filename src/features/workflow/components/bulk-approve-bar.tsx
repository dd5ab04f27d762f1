import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierListItem } from '../../../domain/schemas/dossier.ts';
import { ApproveInput } from '../../../domain/schemas/intake.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useDossierCache } from '../../../lib/dossier-cache.ts';
import { applyApiError, useZodForm } from '../../../lib/form.ts';
import { useBulkApprove } from '../api/bulk-approve.ts';
import { useBulkConflict } from '../hooks/use-bulk-conflict.ts';
import { BulkConflictAlert } from './bulk-conflict-alert.tsx';
import { BulkDossierCodes } from './bulk-dossier-codes.tsx';
import { BulkSelectionBar } from './bulk-selection-bar.tsx';
import { modalStyles } from '../utils/modal-styles.ts';

export interface BulkApproveBarProps {
  /** The ticked dossiers, as the queue shows them (their versions are the ones sent). */
  selected: DossierListItem[];
  clearSelection: () => void;
}

/** The chairperson's "Chờ phê duyệt" queue: approve every ticked result at once, after naming them. */
export function BulkApproveBar({ selected, clearSelection }: BulkApproveBarProps) {
  const { t } = useTranslation();
  const cache = useDossierCache();
  const bulkApprove = useBulkApprove();
  const changedSince = useBulkConflict();
  const [opened, setOpened] = useState(false);
  const [conflict, setConflict] = useState<string[] | null>(null);
  const form = useZodForm(ApproveInput, { defaultValues: { note: '' } });
  const { errors } = form.formState;

  const close = () => {
    setOpened(false);
    setConflict(null);
    form.reset();
  };

  const submit = form.handleSubmit(async ({ note }) => {
    const items = selected.map(({ id, version }) => ({ id, version }));
    try {
      await bulkApprove.mutateAsync({ note, items });
      notifications.show({ color: 'teal', title: t('workflow.bulk.approved', { count: items.length }), message: t('workflow.bulk.approvedBody') });
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
      <BulkSelectionBar count={selected.length} hint={t('workflow.bulk.approveHint')} onClear={clearSelection}>
        <Button leftSection={<IconChecks size={18} aria-hidden />} disabled={selected.length === 0} onClick={() => setOpened(true)}>
          {t('workflow.bulk.approve')}
        </Button>
      </BulkSelectionBar>
      <Modal opened={opened} onClose={close} title={t('workflow.bulk.approveTitle', { count: selected.length })} size="lg" styles={modalStyles}>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <BulkDossierCodes dossiers={selected} />
            {conflict && <BulkConflictAlert codes={conflict} />}
            <Textarea
              label={t('workflow.textField.approve')}
              rows={2} resize="vertical"
              error={errors.note?.message}
              data-autofocus
              {...form.register('note')}
            />
            {errors.root?.server && (
              <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />}>
                {errors.root.server.message}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={bulkApprove.isPending}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={bulkApprove.isPending} disabled={selected.length === 0}>
                {t('workflow.bulk.approveSubmit', { count: selected.length })}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
