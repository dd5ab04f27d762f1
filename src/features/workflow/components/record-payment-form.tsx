import { Group, NumberInput, Radio, Text, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { deskPaymentMethods, feeRemaining } from '../../../domain/fees.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { RecordPaymentInput } from '../../../domain/schemas/fees.ts';
import { formatMoney } from '../../../lib/format.ts';
import { useZodForm } from '../../../lib/form.ts';
import { useActionSubmit } from '../hooks/use-action-submit.ts';
import { ActionFormShell } from './action-form-shell.tsx';
import { LocalDateTimeInput } from './local-date-time-input.tsx';

export interface RecordPaymentFormProps {
  dossier: DossierDetail;
  intro?: ReactNode;
  onDone: (dossier: DossierDetail) => void;
  onCancel: () => void;
}

/** The desk took the fee: how much, how, the receipt it wrote out, from whom, when. */
export function RecordPaymentForm({ dossier, intro, onDone, onCancel }: RecordPaymentFormProps) {
  const { t } = useTranslation();
  const remaining = feeRemaining(dossier.fee.amount, dossier.fee.paidAmount);
  const form = useZodForm(RecordPaymentInput, {
    defaultValues: {
      amount: remaining,
      method: 'cash',
      receiptNumber: '',
      payerName: dossier.submitter?.name ?? dossier.applicant.name,
      paidAt: undefined,
      note: '',
    },
  });
  const { submit, pending, conflict } = useActionSubmit(form, { action: 'record_payment', subject: dossier, onDone });
  const { errors } = form.formState;
  return (
    <ActionFormShell
      code={dossier.code}
      intro={intro}
      onSubmit={(event) => void submit(event)}
      submitLabel={t('workflow.submit.record_payment')}
      pending={pending}
      conflict={conflict}
      rootError={errors.root?.server?.message}
      onCancel={onCancel}
    >
      <Text size="sm">
        {t('citizens.fees.remaining')}: <strong>{formatMoney(remaining)}</strong> · {t(`citizens.fees.due.${dossier.fee.due}`)}
      </Text>
      <Controller
        control={form.control}
        name="amount"
        render={({ field, fieldState }) => (
          <NumberInput
            label={t('citizens.fees.fields.amount')}
            required
            min={1}
            max={remaining}
            step={1000}
            thousandSeparator="."
            decimalSeparator=","
            allowDecimal={false}
            allowNegative={false}
            value={field.value}
            onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
            onBlur={field.onBlur}
            ref={field.ref}
            error={fieldState.error?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="method"
        render={({ field, fieldState }) => (
          <Radio.Group label={t('citizens.fees.fields.method')} required value={field.value} onChange={field.onChange} error={fieldState.error?.message}>
            <Group gap="lg" mt={6}>
              {deskPaymentMethods.map((method) => (
                <Radio key={method} value={method} label={t(`citizens.fees.method.${method}`)} />
              ))}
            </Group>
          </Radio.Group>
        )}
      />
      <TextInput
        label={t('citizens.fees.fields.receiptNumber')}
        description={t('citizens.fees.fields.receiptNumberHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        required
        data-autofocus
        error={errors.receiptNumber?.message}
        {...form.register('receiptNumber')}
      />
      <TextInput label={t('citizens.fees.fields.payerName')} required error={errors.payerName?.message} {...form.register('payerName')} />
      <Controller
        control={form.control}
        name="paidAt"
        render={({ field, fieldState }) => (
          <LocalDateTimeInput
            label={t('citizens.fees.fields.paidAt')}
            description={t('citizens.fees.fields.paidAtHint')}
            value={field.value}
            onChange={(value) => field.onChange(value || undefined)}
            onBlur={field.onBlur}
            inputRef={field.ref}
            min={dossier.submittedAt ?? dossier.receivedAt}
            error={fieldState.error?.message}
          />
        )}
      />
      <Textarea label={t('workflow.fields.note')} rows={2} resize="vertical" error={errors.note?.message} {...form.register('note')} />
    </ActionFormShell>
  );
}
