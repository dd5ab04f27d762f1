import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { AssignInput } from '../../../domain/schemas/intake.ts';
import { useZodForm } from '../../../lib/form.ts';
import { useActionSubmit } from '../hooks/use-action-submit.ts';
import { ActionFormShell, type ActionStepProps } from './action-form-shell.tsx';
import { AssignFields } from './assign-fields.tsx';

export interface AssignFormProps extends ActionStepProps {
  action: 'assign' | 'reassign';
  dossier: DossierDetail;
}

/** The department head picks a handler of the department (a different one to reassign). */
export function AssignForm({ action, dossier, intro, onDone }: AssignFormProps) {
  const form = useZodForm(AssignInput, { defaultValues: { handlerId: '', note: '' } });
  const { shell } = useActionSubmit(form, { action, subject: dossier, onDone, intro });
  return (
    <ActionFormShell {...shell}>
      <AssignFields form={form} unitId={dossier.holder.unitId} excludeId={action === 'reassign' ? dossier.holder.userId : null} />
    </ActionFormShell>
  );
}
