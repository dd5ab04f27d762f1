import { Alert, Group, Radio, Textarea, TextInput } from '@mantine/core';
import { IconCash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { returnMethods } from '../../../domain/channels.ts';
import { feeCheckAtReturn, feeRemaining } from '../../../domain/fees.ts';
import { formatMoney } from '../../../lib/format.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { ReturnResultInput } from '../../../domain/schemas/intake.ts';
import { useZodForm } from '../../../lib/form.ts';
import { useActionSubmit } from '../hooks/use-action-submit.ts';
import { ActionFormShell } from './action-form-shell.tsx';
import { LocalDateTimeInput } from './local-date-time-input.tsx';

export interface ReturnResultFormProps {
  dossier: DossierDetail;
  intro?: ReactNode;
  onDone: (dossier: DossierDetail) => void;
  onCancel: () => void;
}

/** The desk hands the result over: how, to whom, and when if not just now. */
export function ReturnResultForm({ dossier, intro, onDone, onCancel }: ReturnResultFormProps) {
  const { t } = useTranslation();
  const form = useZodForm(ReturnResultInput, {
    defaultValues: { method: dossier.returnMethod, recipient: dossier.applicant.name, returnedAt: undefined, note: '' },
  });
  const { submit, pending, conflict } = useActionSubmit(form, { action: 'return_result', subject: dossier, onDone });
  const { errors } = form.formState;
  // Fees due before the return block it; fees due at receipt and still unpaid warn (src/domain/fees.ts).
  const feeCheck = feeCheckAtReturn(dossier.fee.due, dossier.fee.amount, dossier.fee.paidAmount);
  const remaining = formatMoney(feeRemaining(dossier.fee.amount, dossier.fee.paidAmount));
  return (
    <ActionFormShell
      code={dossier.code}
      intro={intro}
      onSubmit={(event) => void submit(event)}
      submitLabel={t('workflow.submit.return_result')}
      pending={pending}
      conflict={conflict}
      rootError={errors.root?.server?.message}
      onCancel={onCancel}
      submitDisabled={feeCheck === 'block'}
    >
      {feeCheck !== 'ok' && (
        <Alert color={feeCheck === 'block' ? 'red' : 'orange'} icon={<IconCash aria-hidden />} role={feeCheck === 'block' ? 'alert' : undefined}>
          {t(feeCheck === 'block' ? 'citizens.fees.returnBlocked' : 'citizens.fees.returnWarning', { remaining })}
        </Alert>
      )}
      <Controller
        control={form.control}
        name="method"
        render={({ field, fieldState }) => (
          <Radio.Group label={t('workflow.fields.returnMethod')} required value={field.value} onChange={field.onChange} error={fieldState.error?.message}>
            <Group gap="lg" mt={6}>
              {returnMethods.map((method) => (
                <Radio key={method} value={method} label={t(`returnMethod.${method}`)} />
              ))}
            </Group>
          </Radio.Group>
        )}
      />
      <TextInput
        label={t('workflow.fields.recipient')}
        description={t('workflow.fields.recipientHint')}
        required
        error={errors.recipient?.message}
        data-autofocus
        {...form.register('recipient')}
      />
      <Controller
        control={form.control}
        name="returnedAt"
        render={({ field, fieldState }) => (
          <LocalDateTimeInput
            label={t('workflow.fields.returnedAt')}
            description={t('workflow.fields.returnedAtHint')}
            value={field.value}
            onChange={(value) => field.onChange(value || undefined)}
            onBlur={field.onBlur}
            inputRef={field.ref}
            min={dossier.receivedAt}
            error={fieldState.error?.message}
          />
        )}
      />
      <Textarea label={t('workflow.fields.note')} rows={2} resize="vertical" error={errors.note?.message} {...form.register('note')} />
    </ActionFormShell>
  );
}
