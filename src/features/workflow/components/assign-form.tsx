import { Textarea } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { AssignInput } from '../../../domain/schemas/intake.ts';
import { useZodForm } from '../../../lib/form.ts';
import { useActionSubmit } from '../hooks/use-action-submit.ts';
import { ActionFormShell, type ActionStepProps } from './action-form-shell.tsx';
import { HandlerSelect } from './handler-select.tsx';

export interface AssignFormProps extends ActionStepProps {
  action: 'assign' | 'reassign';
  dossier: DossierDetail;
}

/** The department head picks a handler of the department (a different one to reassign). */
export function AssignForm({ action, dossier, intro, onDone }: AssignFormProps) {
  const { t } = useTranslation();
  const form = useZodForm(AssignInput, { defaultValues: { handlerId: '', note: '' } });
  const { shell } = useActionSubmit(form, { action, subject: dossier, onDone, intro });
  return (
    <ActionFormShell {...shell}>
      <Controller
        control={form.control}
        name="handlerId"
        render={({ field, fieldState }) => (
          <HandlerSelect
            unitId={dossier.holder.unitId}
            excludeId={action === 'reassign' ? dossier.holder.userId : null}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={fieldState.error?.message}
          />
        )}
      />
      <Textarea label={t('workflow.fields.assignNote')} rows={2} resize="vertical" error={form.formState.errors.note?.message} {...form.register('note')} />
    </ActionFormShell>
  );
}
