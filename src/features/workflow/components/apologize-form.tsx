import { Text, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { ApologizeInput } from '../../../domain/schemas/intake.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useZodForm } from '../../../lib/form.ts';
import { useActionSubmit } from '../hooks/use-action-submit.ts';
import { ActionFormShell } from './action-form-shell.tsx';
import { LocalDateTimeInput } from './local-date-time-input.tsx';

export interface ApologizeFormProps {
  dossier: DossierDetail;
  intro?: ReactNode;
  onDone: (dossier: DossierDetail) => void;
  onCancel: () => void;
}

/** Form 04: the reason for the delay and the new appointment, which must be after the current one. */
export function ApologizeForm({ dossier, intro, onDone, onCancel }: ApologizeFormProps) {
  const { t } = useTranslation();
  const form = useZodForm(ApologizeInput, { defaultValues: { reason: '', newAppointmentAt: '' } });
  const { submit, pending, conflict } = useActionSubmit(form, { action: 'apologize', subject: dossier, onDone });
  const { errors } = form.formState;
  return (
    <ActionFormShell
      code={dossier.code}
      intro={intro}
      onSubmit={(event) => void submit(event)}
      submitLabel={t('workflow.submit.apologize')}
      pending={pending}
      conflict={conflict}
      rootError={errors.root?.server?.message}
      onCancel={onCancel}
    >
      {dossier.appointmentAt && (
        <Text size="sm">
          {t('workflow.fields.currentAppointment')}: <strong>{formatDateTime(dossier.appointmentAt)}</strong>
        </Text>
      )}
      <Textarea
        label={t('workflow.fields.delayReason')}
        required
        rows={3} resize="vertical"
        error={errors.reason?.message}
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
