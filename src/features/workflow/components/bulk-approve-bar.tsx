import { Button, Textarea } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DossierListItem } from '../../../domain/schemas/dossier.ts';
import { ApproveInput } from '../../../domain/schemas/intake.ts';
import { useZodForm } from '../../../lib/form.ts';
import { useBulkApprove } from '../api/bulk-approve.ts';
import { useBulkAction } from '../hooks/use-bulk-action.ts';
import { BulkActionDialog } from './bulk-action-dialog.tsx';
import { BulkSelectionBar } from './bulk-selection-bar.tsx';
import { DraftResultOf } from './draft-result.tsx';

export interface BulkApproveBarProps {
  /** The ticked dossiers, as the queue shows them (their versions are the ones sent). */
  selected: DossierListItem[];
  clearSelection: () => void;
}

/**
 * The chairperson's "Chờ phê duyệt" queue: approve every ticked result at once, after naming
 * them; each one's draft result can be opened in the confirmation before approving.
 */
export function BulkApproveBar({ selected, clearSelection }: BulkApproveBarProps) {
  const { t } = useTranslation();
  const bulkApprove = useBulkApprove();
  const form = useZodForm(ApproveInput, { defaultValues: { note: '' } });
  const bulk = useBulkAction(form, {
    selected,
    clearSelection,
    run: ({ note }, items) => bulkApprove.mutateAsync({ note, items }),
    done: (count) => ({ title: t('workflow.bulk.approved', { count }), message: t('workflow.bulk.approvedBody') }),
  });

  return (
    <>
      <BulkSelectionBar count={selected.length} hint={t('workflow.bulk.approveHint')} onClear={clearSelection}>
        <Button leftSection={<IconChecks size={18} aria-hidden />} disabled={selected.length === 0} onClick={bulk.open}>
          {t('workflow.bulk.approve')}
        </Button>
      </BulkSelectionBar>
      <BulkActionDialog
        {...bulk.dialog}
        title={t('workflow.bulk.approveTitle', { count: selected.length })}
        submitLabel={t('workflow.bulk.approveSubmit', { count: selected.length })}
        renderDetails={(dossier) => <DraftResultOf dossierId={dossier.id} />}
      >
        <Textarea
          label={t('workflow.textField.approve')}
          rows={2}
          resize="vertical"
          error={form.formState.errors.note?.message}
          data-autofocus
          {...form.register('note')}
        />
      </BulkActionDialog>
    </>
  );
}
