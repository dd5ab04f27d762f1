import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierAction } from '../../../domain/dossier-lifecycle.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import type { ActionSubject } from '../utils/action-subject.ts';
import { ActionDialogBody } from './action-dialog-body.tsx';
import { modalStyles } from '../utils/modal-styles.ts';

export interface ActionDialogProps {
  /** The step to take; null keeps the dialog closed. */
  action: DossierAction | null;
  subject: ActionSubject;
  /** The dossier as the page shows it; a list row gives only the subject (the intake queue's steps need no more). */
  dossier?: DossierDetail;
  onClose: () => void;
}

/**
 * One step of the lifecycle in a modal: its form, then, for a step that issues an official
 * form (or moves the appointment), what to print and tell the applicant. The modal traps
 * the focus and gives it back to the button that opened it.
 */
export function ActionDialog({ action, subject, dossier, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={action !== null} onClose={onClose} title={action ? t(`action.${action}`) : ''} size="lg" styles={modalStyles}>
      {action && <ActionDialogBody key={action} action={action} subject={subject} dossier={dossier} onClose={onClose} />}
    </Modal>
  );
}
