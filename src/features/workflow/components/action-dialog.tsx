import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/form-dialog.tsx';
import type { DossierAction } from '../../../domain/dossier-lifecycle.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import type { ActionSubject } from '../utils/action-subject.ts';
import { ActionDialogBody } from './action-dialog-body.tsx';

export interface ActionDialogProps {
  /** The step to take; null keeps the dialog closed. */
  action: DossierAction | null;
  subject: ActionSubject;
  /** The dossier as the page shows it; a list row gives only the subject (the intake queue's steps need no more). */
  dossier?: DossierDetail;
  onClose: () => void;
  /** Where focus goes on closing when the button that opened the dialog is gone (see `FormDialog`). */
  focusFallback?: () => HTMLElement | null;
}

/**
 * One step of the lifecycle in a dialog: its form, then, for a step that issues an official
 * form (or moves the appointment), what to print and tell the applicant.
 */
export function ActionDialog({ action, subject, dossier, onClose, focusFallback }: ActionDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog opened={action !== null} onClose={onClose} title={action ? t(`action.${action}`) : ''} focusFallback={focusFallback}>
      {action && <ActionDialogBody key={action} action={action} subject={subject} dossier={dossier} onClose={onClose} />}
    </FormDialog>
  );
}
