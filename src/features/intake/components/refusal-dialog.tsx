import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SlipBase } from '../utils/slip-request.ts';
import { RefusalSlipForm } from './refusal-slip-form.tsx';

export interface RefusalDialogProps {
  /** The procedure and applicant from the intake form; null keeps the dialog closed. */
  base: SlipBase | null;
  onClose: () => void;
}

/** Form 03 for a walk-in: the reason the dossier is not accepted. */
export function RefusalDialog({ base, onClose }: RefusalDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={base !== null}
      onClose={onClose}
      size="lg"
      title={t('intake.refusal.title')}
      // The title is already the dialog's h2: only its size changes.
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 650 } }}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {base && <RefusalSlipForm base={base} onCancel={onClose} />}
    </Modal>
  );
}
