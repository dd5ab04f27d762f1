import { NumberInput, SimpleGrid, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SessionSettingsSchema } from '../../../../domain/schemas/settings.ts';
import { useZodForm } from '../../../../lib/form.ts';
import { settingsSaves, useSaveSettings } from '../../api/settings.ts';
import { useAdminSave } from '../../hooks/use-admin-save.ts';
import type { SectionProps } from './identity-section.tsx';
import { SectionForm } from './section-form.tsx';

/** How long a session lasts without activity, and at most. */
export function SessionsSection({ settings, onReload }: SectionProps) {
  const { t } = useTranslation();
  const save = useSaveSettings(settingsSaves.sessions);
  const form = useZodForm(SessionSettingsSchema, { defaultValues: settings.sessions.value });
  const { stale, run } = useAdminSave(form, onReload);
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    const saved = await run(() => save.mutateAsync({ ...values, version: settings.sessions.version }));
    if (saved) notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.settings.saved') });
  });
  const number = (name: 'idleMinutes' | 'absoluteHours', label: string, max: number) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          label={label}
          value={field.value}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : 0)}
          onBlur={field.onBlur}
          min={1}
          max={max}
          allowDecimal={false}
          error={fieldState.error?.message}
        />
      )}
    />
  );
  return (
    <SectionForm onSubmit={(event) => void submit(event)} pending={isSubmitting} stale={stale} rootError={errors.root?.server?.message}>
      <Text size="sm" c="dimmed">
        {t('admin.settings.sessions.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" maw={640}>
        {number('idleMinutes', t('admin.settings.sessions.idleMinutes'), 24 * 60)}
        {number('absoluteHours', t('admin.settings.sessions.absoluteHours'), 24 * 30)}
      </SimpleGrid>
    </SectionForm>
  );
}
