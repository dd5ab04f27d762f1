import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CalendarDayInput, calendarDayKinds, type AdminCalendarDay } from '../../../../domain/schemas/admin-calendar.ts';
import { formatLocalDate } from '../../../../lib/format.ts';
import { useZodForm } from '../../../../lib/form.ts';
import { useUpdateCalendarDay } from '../../api/calendar.ts';
import { useAdminSave } from '../../hooks/use-admin-save.ts';
import { FormError, StaleAlert } from '../admin-page.tsx';

const DayEdit = CalendarDayInput.omit({ date: true });

/** Renames a day or changes its kind, with the version the page showed. */
export function EditDayForm({ day, onDone, onReload }: { day: AdminCalendarDay; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateCalendarDay();
  const form = useZodForm(DayEdit, { defaultValues: { kind: day.kind, name: day.name } });
  const { stale, run } = useAdminSave(form, onReload);
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    const saved = await run(() => update.mutateAsync({ date: day.date, ...values, version: day.version }));
    if (!saved) return;
    notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.calendar.saved', { date: formatLocalDate(day.date) }) });
    onDone();
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Controller
          control={form.control}
          name="kind"
          render={({ field, fieldState }) => (
            <Select
              label={t('admin.calendar.kind')}
              data={calendarDayKinds.map((kind) => ({ value: kind, label: t(`admin.calendar.kinds.${kind}`) }))}
              value={field.value}
              onChange={(value) => field.onChange(value ?? field.value)}
              allowDeselect={false}
              error={fieldState.error?.message}
            />
          )}
        />
        <TextInput label={t('admin.calendar.name')} required error={errors.name?.message} data-autofocus {...form.register('name')} />
        {stale && <StaleAlert />}
        <FormError message={errors.root?.server?.message} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={isSubmitting}>
            {t('admin.common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t('admin.common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
