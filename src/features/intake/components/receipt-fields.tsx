import { Grid, Input, NumberInput, SegmentedControl, Textarea } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { returnMethods } from '../../../domain/channels.ts';
import type { Procedure } from '../../../domain/schemas/catalogue.ts';
import type { IntakeForm } from '../utils/intake-form-values.ts';

export interface ReceiptFieldsProps {
  form: IntakeForm;
  procedure: Procedure | undefined;
}

const deskChannels = ['walk_in', 'postal'] as const;

/** How it came in and how the result goes back: channel, sets, fee, return method, notes. */
export function ReceiptFields({ form, procedure }: ReceiptFieldsProps) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Controller
          control={form.control}
          name="channel"
          render={({ field }) => (
            <Input.Wrapper label={t('intake.receipt.channel')} id="intake-channel" labelElement="div">
              <SegmentedControl
                aria-labelledby="intake-channel-label"
                fullWidth
                data={deskChannels.map((value) => ({ value, label: t(`channel.${value}`) }))}
                value={field.value}
                onChange={(value) => {
                  field.onChange(value);
                  // A postal dossier usually wants its result posted back.
                  if (value === 'postal' && form.getValues('returnMethod') === 'desk') form.setValue('returnMethod', 'post');
                }}
              />
            </Input.Wrapper>
          )}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, md: 3 }}>
        <Controller
          control={form.control}
          name="setsCount"
          render={({ field }) => (
            <NumberInput
              label={t('intake.receipt.setsCount')}
              min={1}
              max={20}
              allowDecimal={false}
              allowNegative={false}
              value={field.value}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : 1)}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.setsCount?.message}
            />
          )}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, md: 3 }}>
        <Controller
          control={form.control}
          name="feeAmount"
          render={({ field }) => (
            <NumberInput
              label={t('intake.receipt.fee')}
              description={procedure?.feeNote || undefined}
              // The note goes under the field so the inputs of the row stay aligned.
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator="."
              decimalSeparator=","
              suffix=" ₫"
              hideControls
              value={field.value}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : 0)}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.feeAmount?.message}
            />
          )}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Controller
          control={form.control}
          name="returnMethod"
          render={({ field }) => (
            <Input.Wrapper label={t('intake.receipt.returnMethod')} id="intake-return-method" labelElement="div">
              <SegmentedControl
                aria-labelledby="intake-return-method-label"
                fullWidth
                data={returnMethods.map((value) => ({ value, label: t(`returnMethod.${value}`) }))}
                value={field.value}
                onChange={field.onChange}
              />
            </Input.Wrapper>
          )}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea
          label={t('intake.receipt.notes')}
          placeholder={t('intake.receipt.notesPlaceholder')}
          rows={2}
          error={errors.notes?.message}
          {...form.register('notes')}
        />
      </Grid.Col>
    </Grid>
  );
}
