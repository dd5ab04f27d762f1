import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { feeKinds, feeTotal } from '../../../../domain/fees.ts';
import type { ProcedureFormValues } from '../../utils/procedure-form.ts';
import { formatMoney } from '../../../../lib/format.ts';

export interface FeeLinesEditorProps {
  control: Control<ProcedureFormValues>;
  errors: FieldErrors<ProcedureFormValues>;
  lines: ProcedureFormValues['feeLines'];
}

/** Phí and lệ phí lines: kind, amount in đồng, note; the desk collects their sum by default. */
export function FeeLinesEditor({ control, errors, lines }: FeeLinesEditorProps) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'feeLines' });
  return (
    <Stack gap="sm">
      {fields.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('admin.procedures.fields.noFees')}
        </Text>
      )}
      {fields.map((field, index) => {
        const number = index + 1;
        const lineErrors = errors.feeLines?.[index];
        return (
          <Group key={field.id} gap="sm" align="flex-end" wrap="wrap" component="fieldset" style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }} aria-label={t('admin.procedures.fields.feeLine', { number })}>
            <Controller
              control={control}
              name={`feeLines.${index}.kind`}
              render={({ field: input }) => (
                <Select
                  label={t('admin.procedures.fields.feeKind')}
                  data={feeKinds.map((kind) => ({ value: kind, label: t(`admin.procedures.feeKinds.${kind}`) }))}
                  value={input.value}
                  onChange={(value) => input.onChange(value ?? 'charge')}
                  allowDeselect={false}
                  w={120}
                />
              )}
            />
            <Controller
              control={control}
              name={`feeLines.${index}.amount`}
              render={({ field: input }) => (
                <NumberInput
                  label={t('admin.procedures.fields.feeAmount')}
                  value={input.value}
                  onChange={(value) => input.onChange(typeof value === 'number' ? value : 0)}
                  onBlur={input.onBlur}
                  min={0}
                  allowDecimal={false}
                  thousandSeparator="."
                  decimalSeparator=","
                  error={lineErrors?.amount?.message}
                  w={160}
                />
              )}
            />
            <Controller
              control={control}
              name={`feeLines.${index}.note`}
              render={({ field: input }) => (
                <TextInput label={t('admin.procedures.fields.feeNote')} {...input} value={input.value ?? ''} error={lineErrors?.note?.message} style={{ flex: '1 1 16rem' }} />
              )}
            />
            <ActionIcon variant="subtle" color="red" mb={6} onClick={() => remove(index)} aria-label={t('admin.procedures.fields.removeFee', { number })}>
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        );
      })}
      <Group justify="space-between">
        <Button variant="light" size="xs" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => append({ kind: 'charge', amount: 0, note: '' })}>
          {t('admin.procedures.fields.addFee')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('admin.procedures.fields.feeTotal', { amount: formatMoney(feeTotal(lines)) })}
        </Text>
      </Group>
    </Stack>
  );
}
