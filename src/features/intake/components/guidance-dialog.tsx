import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SlipBase } from '../utils/slip-request.ts';
import { GuidanceSlipForm } from './guidance-slip-form.tsx';

export interface GuidanceDialogProps {
  /** The procedure and applicant from the intake form; null keeps the dialog closed. */
  base: SlipBase | null;
  /** Names of the required documents not received: the first lines of the slip. */
  missing: readonly string[];
  onClose: () => void;
}

/** Form 02 for a walk-in: the papers to add or fix, each with a note, and the reason. */
export function GuidanceDialog({ base, missing, onClose }: GuidanceDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={base !== null}
      onClose={onClose}
      size="xl"
      title={t('intake.guidance.title')}
      // The title is already the dialog's h2: only its size changes.
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 650 } }}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {base && <GuidanceSlipForm base={base} missing={missing} onCancel={onClose} />}
    </Modal>
  );
}
