import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/form-dialog.tsx';
import type { SlipBase } from '../utils/slip-request.ts';
import { RefusalSlipForm } from './refusal-slip-form.tsx';

export interface RefusalDialogProps {
  /** The procedure and applicant from the intake form; null keeps the dialog closed. */
  base: SlipBase | null;
  onClose: () => void;
  /** The slip exists: open it for printing. */
  onCreated: (slipId: string) => void;
}

/** Form 03 for a walk-in: the reason the dossier is not accepted. */
export function RefusalDialog({ base, onClose, onCreated }: RefusalDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog opened={base !== null} onClose={onClose} size="lg" title={t('intake.refusal.title')}>
      {base && <RefusalSlipForm base={base} onCreated={onCreated} />}
    </FormDialog>
  );
}
