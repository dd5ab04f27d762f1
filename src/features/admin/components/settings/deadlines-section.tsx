import { Fieldset, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LegSharesSchema, SupplementDeadlineSchema } from '../../../../domain/schemas/settings.ts';
import { useZodForm } from '../../../../lib/form.ts';
import { settingsSaves, useSaveSettings } from '../../api/settings.ts';
import { useAdminSave } from '../../hooks/use-admin-save.ts';
import { LegSharesInputs } from '../leg-shares-inputs.tsx';
import type { SectionProps } from './identity-section.tsx';
import { SectionForm } from './section-form.tsx';

const SharesForm = z.object({ value: LegSharesSchema });

/** The supplement deadline, and the leg shares new procedures start from: two settings, two saves. */
export function DeadlinesSection({ settings, onReload }: SectionProps) {
  return (
    <Stack gap="xl">
      <SupplementDeadlineForm settings={settings} onReload={onReload} />
      <LegSharesForm settings={settings} onReload={onReload} />
    </Stack>
  );
}

function SupplementDeadlineForm({ settings, onReload }: SectionProps) {
  const { t } = useTranslation();
  const save = useSaveSettings(settingsSaves.supplementDeadline);
  const form = useZodForm(SupplementDeadlineSchema, { defaultValues: settings.supplementDeadline.value });
  const { stale, run } = useAdminSave(form, onReload);
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    const saved = await run(() => save.mutateAsync({ ...values, version: settings.supplementDeadline.version }));
    if (saved) notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.settings.saved') });
  });
  return (
    <SectionForm onSubmit={(event) => void submit(event)} pending={isSubmitting} stale={stale} rootError={errors.root?.server?.message}>
      <Fieldset legend={t('admin.settings.deadlines.supplement')}>
        <Controller
          control={form.control}
          name="supplementDeadlineWorkingDays"
          render={({ field, fieldState }) => (
            <NumberInput
              label={t('admin.settings.deadlines.supplementDays')}
              description={t('admin.settings.deadlines.supplementHint')}
              value={field.value}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : 0)}
              onBlur={field.onBlur}
              min={1}
              max={90}
              allowDecimal={false}
              error={fieldState.error?.message}
              maw={420}
            />
          )}
        />
      </Fieldset>
    </SectionForm>
  );
}

function LegSharesForm({ settings, onReload }: SectionProps) {
  const { t } = useTranslation();
  const save = useSaveSettings(settingsSaves.legShares);
  const form = useZodForm(SharesForm, { defaultValues: { value: settings.legShares.value } });
  const { stale, run } = useAdminSave(form, onReload);
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async ({ value }) => {
    const saved = await run(() => save.mutateAsync({ value, version: settings.legShares.version }));
    if (saved) notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.settings.saved') });
  });
  return (
    <SectionForm onSubmit={(event) => void submit(event)} pending={isSubmitting} stale={stale} rootError={errors.root?.server?.message}>
      <Fieldset legend={t('admin.settings.deadlines.legShares')}>
        <Text size="sm" c="dimmed" mb="sm">
          {t('admin.settings.deadlines.legSharesHint')}
        </Text>
        <Controller
          control={form.control}
          name="value"
          render={({ field }) => (
            <LegSharesInputs
              idPrefix="default-shares"
              value={field.value}
              onChange={field.onChange}
              errors={{
                desk_intake: errors.value?.desk_intake?.message,
                department: errors.value?.department?.message,
                handler: errors.value?.handler?.message,
                approval: errors.value?.approval?.message,
              }}
            />
          )}
        />
      </Fieldset>
    </SectionForm>
  );
}
