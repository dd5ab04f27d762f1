import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/form-dialog.tsx';
import type { SlipBase } from '../utils/slip-request.ts';
import { GuidanceSlipForm } from './guidance-slip-form.tsx';

export interface GuidanceDialogProps {
  /** The procedure and applicant from the intake form; null keeps the dialog closed. */
  base: SlipBase | null;
  /** Names of the required documents not received: the first lines of the slip. */
  missing: readonly string[];
  onClose: () => void;
  /** The slip exists: open it for printing. */
  onCreated: (slipId: string) => void;
}

/** Form 02 for a walk-in: the papers to add or fix, each with a note, and the reason. */
export function GuidanceDialog({ base, missing, onClose, onCreated }: GuidanceDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog opened={base !== null} onClose={onClose} size="xl" title={t('intake.guidance.title')}>
      {base && <GuidanceSlipForm base={base} missing={missing} onCreated={onCreated} />}
    </FormDialog>
  );
}
