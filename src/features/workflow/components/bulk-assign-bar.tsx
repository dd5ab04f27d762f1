import { Button } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DossierListItem } from '../../../domain/schemas/dossier.ts';
import { AssignInput } from '../../../domain/schemas/intake.ts';
import { useZodForm } from '../../../lib/form.ts';
import { useBulkAssign } from '../api/bulk-assign.ts';
import { useBulkAction } from '../hooks/use-bulk-action.ts';
import { BulkActionDialog } from './bulk-action-dialog.tsx';
import { BulkSelectionBar } from './bulk-selection-bar.tsx';
import { AssignFields } from './assign-fields.tsx';

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
  const bulkAssign = useBulkAssign();
  const form = useZodForm(AssignInput, { defaultValues: { handlerId: '', note: '' } });
  const bulk = useBulkAction(form, {
    selected,
    clearSelection,
    run: ({ handlerId, note }, items) => bulkAssign.mutateAsync({ handlerId, note, items }),
    done: (count) => ({ title: t('workflow.bulk.assigned', { count }), message: t('workflow.bulk.assignedBody') }),
  });

  return (
    <>
      <BulkSelectionBar count={selected.length} hint={t('workflow.bulk.assignHint')} onClear={clearSelection}>
        <Button leftSection={<IconUserCheck size={18} aria-hidden />} disabled={selected.length === 0} onClick={bulk.open}>
          {t('workflow.bulk.assign')}
        </Button>
      </BulkSelectionBar>
      <BulkActionDialog
        {...bulk.dialog}
        title={t('workflow.bulk.assignTitle', { count: selected.length })}
        submitLabel={t('workflow.bulk.assignSubmit', { count: selected.length })}
      >
        <AssignFields form={form} unitId={unitId} />
      </BulkActionDialog>
    </>
  );
}
