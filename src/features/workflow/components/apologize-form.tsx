import { Text, Textarea } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { ApologizeInput } from '../../../domain/schemas/intake.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useZodForm } from '../../../lib/form.ts';
import { useActionSubmit } from '../hooks/use-action-submit.ts';
import { ActionFormShell, type ActionStepProps } from './action-form-shell.tsx';
import { LocalDateTimeInput } from './local-date-time-input.tsx';

export interface ApologizeFormProps extends ActionStepProps {
  dossier: DossierDetail;
}

/** Form 04: the reason for the delay and the new appointment, which must be after the current one. */
export function ApologizeForm({ dossier, intro, onDone }: ApologizeFormProps) {
  const { t } = useTranslation();
  const form = useZodForm(ApologizeInput, { defaultValues: { reason: '', newAppointmentAt: '' } });
  const { shell } = useActionSubmit(form, { action: 'apologize', subject: dossier, onDone, intro });
  return (
    <ActionFormShell {...shell}>
      {dossier.appointmentAt && (
        <Text size="sm">
          {t('workflow.fields.currentAppointment')}: <strong>{formatDateTime(dossier.appointmentAt)}</strong>
        </Text>
      )}
      <Textarea
        label={t('workflow.fields.delayReason')}
        required
        rows={3} resize="vertical"
        error={form.formState.errors.reason?.message}
        data-autofocus
        {...form.register('reason')}
      />
      <Controller
        control={form.control}
        name="newAppointmentAt"
        render={({ field, fieldState }) => (
          <LocalDateTimeInput
            label={t('workflow.fields.newAppointmentAt')}
            required
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            min={dossier.appointmentAt}
            error={fieldState.error?.message}
          />
        )}
      />
    </ActionFormShell>
  );
}
