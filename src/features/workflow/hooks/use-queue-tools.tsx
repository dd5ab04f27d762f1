import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierStatus } from '../../../domain/dossier-status.ts';
import type { CurrentUser } from '../../../domain/schemas/auth.ts';
import type { DossierListItem } from '../../../domain/schemas/dossier.ts';
import { lazyComponent } from '../../../lib/lazy-component.tsx';
import { IntakeRowActions, type IntakeAction } from '../components/intake-row-actions.tsx';
import type { ActionSubject } from '../utils/action-subject.ts';

// Each queue's tools download when that queue is opened, and a step's dialog when it is
// chosen: the dossier list itself does not wait for them.
const ActionDialog = lazyComponent(async () => (await import('../components/action-dialog.tsx')).ActionDialog);
const BulkApproveBar = lazyComponent(async () => (await import('../components/bulk-approve-bar.tsx')).BulkApproveBar);
const BulkAssignBar = lazyComponent(async () => (await import('../components/bulk-assign-bar.tsx')).BulkAssignBar);

/** What a work queue adds to the dossier list (the list's `queueTools` slot). */
export interface QueueTools {
  /** Rows that may be ticked for the bulk action (only those the user may act on). */
  selectable?: (dossier: DossierListItem) => boolean;
  /** Above the table, shown even when the queue is empty: the bulk action, dialogs opened from rows. */
  toolbar?: (selection: { selected: DossierListItem[]; clearSelection: () => void }) => ReactNode;
  /** A last column of quick actions per row. */
  rowActions?: { label: string; render: (dossier: DossierListItem) => ReactNode };
}

function only(statuses: readonly DossierStatus[], status: DossierStatus): boolean {
  return statuses.length === 1 && statuses[0] === status;
}

/**
 * The tools of the user's work queues: the desk accepts, asks to complete or refuses online
 * dossiers from the rows; a department head assigns, and the chairperson approves, several
 * at once. Returns a function of the list's status filter; null when that list is not one
 * of the user's queues. The row dialog's state lives here, above the list, so it survives
 * the row leaving the queue once the step is done (its print offer stays on screen).
 */
export function useQueueTools(user: CurrentUser | undefined) {
  const { t } = useTranslation();
  const [intake, setIntake] = useState<{ action: IntakeAction; subject: ActionSubject } | null>(null);

  return useCallback(
    (statuses: readonly DossierStatus[]): QueueTools | null => {
      if (!user) return null;
      if (user.role === 'desk_officer' && only(statuses, 'awaiting_intake')) {
        return {
          rowActions: {
            label: t('workflow.queue.actions'),
            render: (dossier) => (
              <IntakeRowActions dossier={dossier} onPick={(action) => setIntake({ action, subject: dossier })} />
            ),
          },
          toolbar: () =>
            intake && <ActionDialog action={intake.action} subject={intake.subject} onClose={() => setIntake(null)} />,
        };
      }
      if (user.role === 'department_head' && only(statuses, 'awaiting_assignment')) {
        return {
          selectable: (dossier) => dossier.holder.unitId === user.unitId,
          toolbar: ({ selected, clearSelection }) => (
            <BulkAssignBar selected={selected} clearSelection={clearSelection} unitId={user.unitId} />
          ),
        };
      }
      if (user.role === 'chairperson' && only(statuses, 'awaiting_approval')) {
        return {
          selectable: (dossier) => dossier.holder.userId === user.id,
          toolbar: ({ selected, clearSelection }) => <BulkApproveBar selected={selected} clearSelection={clearSelection} />,
        };
      }
      return null;
    },
    [user, intake, t],
  );
}
