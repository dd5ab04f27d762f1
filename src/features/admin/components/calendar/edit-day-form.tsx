import { Select, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../../../components/dialog-form.tsx';
import { CalendarDayInput, calendarDayKinds, type AdminCalendarDay } from '../../../../domain/schemas/admin-calendar.ts';
import { formatLocalDate } from '../../../../lib/format.ts';
import { useZodForm } from '../../../../lib/form.ts';
import { useUpdateCalendarDay } from '../../api/calendar.ts';
import { useAdminSave } from '../../hooks/use-admin-save.ts';
import { StaleAlert } from '../admin-page.tsx';

const DayEdit = CalendarDayInput.omit({ date: true });

/** Renames a day or changes its kind, with the version the page showed (the body of its dialog); `onDone` once saved. */
export function EditDayForm({ day, onDone, onReload }: { day: AdminCalendarDay; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateCalendarDay();
  const form = useZodForm(DayEdit, { defaultValues: { kind: day.kind, name: day.name } });
  const { stale, run } = useAdminSave(form, onReload);
  const { errors, isSubmitting, isDirty } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    const saved = await run(() => update.mutateAsync({ date: day.date, ...values, version: day.version }));
    if (!saved) return;
    notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.calendar.saved', { date: formatLocalDate(day.date) }) });
    onDone();
  });
  return (
    <DialogForm
      onSubmit={(event) => void submit(event)}
      submitLabel={t('admin.common.save')}
      pending={isSubmitting}
      pendingLabel={t('admin.common.saving')}
      error={errors.root?.server?.message}
      dirty={isDirty}
    >
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
    </DialogForm>
  );
}
