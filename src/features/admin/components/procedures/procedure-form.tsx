import { Button, Divider, Fieldset, Group, NumberInput, Radio, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { durationUnits } from '../../../../domain/channels.ts';
import { onlineLevels } from '../../../../domain/procedures.ts';
import { foldedFilter } from '../../../../lib/folded-filter.ts';
import { useAdminFields, useAdminUnits } from '../../api/directory.ts';
import type { ProcedureFormOutput, ProcedureFormValues } from '../../utils/procedure-form.ts';
import { FormError, StaleAlert } from '../admin-page.tsx';
import { LegSharesInputs } from '../leg-shares-inputs.tsx';
import { LocalDateInput } from '../local-date-input.tsx';
import { ChecklistEditor } from './checklist-editor.tsx';
import { FeeLinesEditor } from './fee-lines-editor.tsx';

export interface ProcedureFormProps {
  form: UseFormReturn<ProcedureFormValues, unknown, ProcedureFormOutput>;
  mode: 'create' | 'edit';
  onSubmit: (values: ProcedureFormOutput) => Promise<void>;
  onCancel: () => void;
  stale: boolean;
  onReload?: () => void;
  /** Shown above the effective date (what an edit will do). */
  effectiveHint?: ReactNode;
}

/** Every field of a procedure version, in the order a catalogue entry reads. */
export function ProcedureForm({ form, mode, onSubmit, onCancel, stale, onReload, effectiveHint }: ProcedureFormProps) {
  const { t, i18n } = useTranslation();
  const fields = useAdminFields();
  const units = useAdminUnits();
  const { errors, isSubmitting } = form.formState;
  const durationUnit = form.watch('durationUnit');
  const feeLines = form.watch('feeLines');
  const fieldOptions = (fields.data ?? []).filter((field) => field.active || field.id === form.getValues('fieldId')).map((field) => ({ value: field.id, label: field.name }));
  const unitOptions = (units.data ?? []).filter((unit) => unit.active || unit.id === form.getValues('decidingUnitId')).map((unit) => ({ value: unit.id, label: unit.name }));
  const rootError = errors.root?.server?.message;

  return (
    <form onSubmit={(event) => void form.handleSubmit(onSubmit)(event)} noValidate>
      <Stack gap="lg">
        <Fieldset legend={t('admin.procedures.sections.general')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t('admin.procedures.fields.code')}
                description={mode === 'create' ? t('admin.procedures.fields.codeHint') : undefined}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                required
                disabled={mode === 'edit'}
                error={errors.code?.message}
                data-autofocus={mode === 'create' || undefined}
                {...form.register('code')}
              />
              <TextInput
                label={t('admin.procedures.fields.name')}
                required
                error={errors.name?.message}
                style={{ gridColumn: 'span 2' }}
                data-autofocus={mode === 'edit' || undefined}
                {...form.register('name')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Controller
                control={form.control}
                name="fieldId"
                render={({ field, fieldState }) => (
                  <Select
                    label={t('admin.procedures.fields.field')}
                    required
                    data={fieldOptions}
                    searchable
                    filter={foldedFilter}
                    nothingFoundMessage={t('admin.common.nothingFound')}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? '')}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="decidingUnitId"
                render={({ field, fieldState }) => (
                  <Select
                    label={t('admin.procedures.fields.decidingUnit')}
                    required
                    data={unitOptions}
                    searchable
                    filter={foldedFilter}
                    nothingFoundMessage={t('admin.common.nothingFound')}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? '')}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="onlineLevel"
                render={({ field }) => (
                  <Select
                    label={t('admin.procedures.fields.onlineLevel')}
                    data={onlineLevels.map((level) => ({ value: level, label: t(`admin.procedures.online.${level}`) }))}
                    value={field.value}
                    onChange={(value) => field.onChange(value ?? 'partial')}
                    allowDeselect={false}
                  />
                )}
              />
            </SimpleGrid>
            <Controller
              control={form.control}
              name="active"
              render={({ field }) => <Switch label={t('admin.procedures.fields.active')} checked={field.value} onChange={(event) => field.onChange(event.currentTarget.checked)} />}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('admin.procedures.sections.duration')}>
          <Stack gap="sm">
            <Group gap="sm" align="flex-start" wrap="wrap">
              <Controller
                control={form.control}
                name="durationUnit"
                render={({ field }) => (
                  <Select
                    label={t('admin.procedures.fields.durationUnit')}
                    data={durationUnits.map((unit) => ({ value: unit, label: t(`admin.procedures.durationUnits.${unit}`) }))}
                    value={field.value}
                    onChange={(value) => field.onChange(value ?? 'working_days')}
                    allowDeselect={false}
                    w={220}
                  />
                )}
              />
              {durationUnit !== 'same_day' && (
                <Controller
                  control={form.control}
                  name="durationAmount"
                  render={({ field, fieldState }) => (
                    <NumberInput
                      label={t('admin.procedures.fields.durationAmount')}
                      description={durationUnit === 'calendar_days' ? undefined : t('admin.procedures.fields.durationAmountHint')}
                      inputWrapperOrder={['label', 'input', 'description', 'error']}
                      value={field.value}
                      onChange={(value) => field.onChange(typeof value === 'number' ? value : Number(String(value).replace(',', '.')) || 0)}
                      onBlur={field.onBlur}
                      min={0}
                      max={1000}
                      decimalScale={durationUnit === 'calendar_days' ? 0 : 2}
                      decimalSeparator={i18n.resolvedLanguage === 'en' ? '.' : ','}
                      error={fieldState.error?.message}
                      w={280}
                    />
                  )}
                />
              )}
            </Group>
            <Controller
              control={form.control}
              name="supplementClock"
              render={({ field }) => (
                <Radio.Group label={t('admin.procedures.fields.supplementClock')} value={field.value} onChange={(value) => field.onChange(value === 'restart' ? 'restart' : 'pause')}>
                  <Stack gap={6} mt={6}>
                    <Radio value="pause" label={t('admin.procedures.fields.clockPause')} />
                    <Radio value="restart" label={t('admin.procedures.fields.clockRestart')} />
                  </Stack>
                </Radio.Group>
              )}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('admin.procedures.sections.fees')}>
          <Stack gap="md">
            <FeeLinesEditor control={form.control} errors={errors} lines={feeLines} />
            <Controller
              control={form.control}
              name="feeDue"
              render={({ field }) => (
                <Radio.Group
                  label={t('admin.procedures.fields.feeDue')}
                  value={field.value}
                  onChange={(value) => field.onChange(value === 'before_return' ? 'before_return' : 'at_receipt')}
                >
                  <Stack gap={6} mt={6}>
                    <Radio value="at_receipt" label={t('admin.procedures.fields.feeDueAtReceipt')} />
                    <Radio value="before_return" label={t('admin.procedures.fields.feeDueBeforeReturn')} />
                  </Stack>
                </Radio.Group>
              )}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('admin.procedures.sections.documents')}>
          <ChecklistEditor control={form.control} errors={errors} />
          {errors.documents?.message && (
            <Text c="red" size="sm" role="alert" mt="xs">
              {errors.documents.message}
            </Text>
          )}
        </Fieldset>

        <Fieldset legend={t('admin.procedures.sections.legShares')}>
          <Text size="sm" c="dimmed" mb="sm">
            {t('admin.procedures.fields.sharesHint')}
          </Text>
          <Controller
            control={form.control}
            name="legShares"
            render={({ field, fieldState }) => (
              <LegSharesInputs
                idPrefix="procedure-shares"
                value={field.value}
                onChange={field.onChange}
                errors={{
                  desk_intake: errors.legShares?.desk_intake?.message,
                  department: errors.legShares?.department?.message,
                  handler: errors.legShares?.handler?.message,
                  approval: errors.legShares?.approval?.message ?? fieldState.error?.message,
                }}
              />
            )}
          />
        </Fieldset>

        <Fieldset legend={t('admin.procedures.sections.effective')}>
          {effectiveHint}
          <Text size="sm" c="dimmed" mb="xs" maw={760}>
            {mode === 'create' ? t('admin.procedures.fields.effectiveFromCreateHint') : t('admin.procedures.fields.effectiveFromEditHint')}
          </Text>
          <Controller
            control={form.control}
            name="effectiveFrom"
            render={({ field, fieldState }) => (
              <LocalDateInput
                label={t('admin.procedures.fields.effectiveFrom')}
                value={typeof field.value === 'string' ? field.value : ''}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
                clearable
                maw={240}
              />
            )}
          />
        </Fieldset>

        <Divider />
        {stale && <StaleAlert onReload={onReload} />}
        <FormError message={rootError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={isSubmitting}>
            {t('admin.common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting} loaderProps={{ 'aria-label': t('admin.common.saving') }}>
            {mode === 'create' ? t('admin.procedures.add') : t('admin.common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
