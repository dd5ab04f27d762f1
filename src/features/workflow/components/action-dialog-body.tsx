import { useState } from 'react';
import type { DossierAction } from '../../../domain/dossier-lifecycle.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import type { ActionSubject } from '../utils/action-subject.ts';
import { ActionDone, hasDonePanel } from './action-done.tsx';
import { ActionIntro } from './action-intro.tsx';
import { ApologizeForm } from './apologize-form.tsx';
import { AssignForm } from './assign-form.tsx';
import { HandOverForm } from './hand-over-form.tsx';
import { MissingItemsForm } from './missing-items-form.tsx';
import { ReturnResultForm } from './return-result-form.tsx';
import { RecordPaymentForm } from './record-payment-form.tsx';
import { SubmitResultForm } from './submit-result-form.tsx';
import { isTextAction, TextActionForm } from './text-action-form.tsx';

export interface ActionDialogBodyProps {
  action: DossierAction;
  subject: ActionSubject;
  dossier?: DossierDetail;
  onClose: () => void;
}

/** The form of one step, then what it produced (see ActionDone). */
export function ActionDialogBody({ action, subject, dossier, onClose }: ActionDialogBodyProps) {
  const [done, setDone] = useState<DossierDetail | null>(null);
  if (done) return <ActionDone action={action} dossier={done} onClose={onClose} />;

  const onDone = (updated: DossierDetail) => (hasDonePanel(action) ? setDone(updated) : onClose());
  const intro = <ActionIntro action={action} dossier={dossier} />;
  const common = { intro, onDone, onCancel: onClose };

  if (isTextAction(action)) return <TextActionForm action={action} subject={subject} {...common} />;
  if (action === 'request_completion' || action === 'request_supplement') {
    return <MissingItemsForm action={action} subject={subject} dossier={dossier} {...common} />;
  }
  // The remaining steps are only offered on the dossier page, which has the whole dossier.
  if (!dossier) return null;
  switch (action) {
    case 'hand_over':
      return <HandOverForm dossier={dossier} {...common} />;
    case 'assign':
    case 'reassign':
      return <AssignForm action={action} dossier={dossier} {...common} />;
    case 'submit_result':
      return <SubmitResultForm dossier={dossier} {...common} />;
    case 'return_result':
      return <ReturnResultForm dossier={dossier} {...common} />;
    case 'apologize':
      return <ApologizeForm dossier={dossier} {...common} />;
    case 'record_payment':
      return <RecordPaymentForm dossier={dossier} {...common} />;
    default:
      return null;
  }
}
