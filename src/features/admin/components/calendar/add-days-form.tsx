import { Button, Group, List, Select, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { parseCalendarLines } from '../../../../domain/calendar-paste.ts';
import { CalendarDayInput, calendarDayKinds } from '../../../../domain/schemas/admin-calendar.ts';
import { formatLocalDate } from '../../../../lib/format.ts';
import { isApiError } from '../../../../lib/api-client.ts';
import { useZodForm } from '../../../../lib/form.ts';
import { translateMessage } from '../../../../i18n/translate-message.ts';
import { useAddCalendarDays } from '../../api/calendar.ts';
import { useAdminSave } from '../../hooks/use-admin-save.ts';
import { FormError } from '../admin-page.tsx';
import { LocalDateInput } from '../local-date-input.tsx';
import { DossiersOnHolidays } from './dossiers-on-holidays.tsx';
import type { DossierOnHoliday } from '../../../../domain/schemas/admin-calendar.ts';

const day = (date: string) => formatLocalDate(date);

/** One day typed in, or a list pasted from a notice or a spreadsheet; all days are added or none. */
export function AddDaysForm({ year, onDone }: { year: number; onDone: () => void }) {
  const { t } = useTranslation();
  const [affected, setAffected] = useState<DossierOnHoliday[] | null>(null);
  if (affected) {
    return (
      <Stack gap="md">
        <DossiersOnHolidays dossiers={affected} />
        <Group justify="flex-end">
          <Button onClick={onDone} data-autofocus>
            {t('admin.common.close')}
          </Button>
        </Group>
      </Stack>
    );
  }
  const done = (dossiers: DossierOnHoliday[]) => (dossiers.length ? setAffected(dossiers) : onDone());
  return (
    <Tabs defaultValue="one" keepMounted={false}>
      <Tabs.List mb="md">
        <Tabs.Tab value="one">{t('admin.calendar.oneDay')}</Tabs.Tab>
        <Tabs.Tab value="paste">{t('admin.calendar.pasteList')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="one">
        <OneDayForm year={year} onDone={done} onCancel={onDone} />
      </Tabs.Panel>
      <Tabs.Panel value="paste">
        <PasteForm onDone={done} onCancel={onDone} />
      </Tabs.Panel>
    </Tabs>
  );
}

function OneDayForm({ year, onDone, onCancel }: { year: number; onDone: (affected: DossierOnHoliday[]) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const add = useAddCalendarDays();
  const form = useZodForm(CalendarDayInput, { defaultValues: { date: '', kind: 'holiday', name: '' } });
  const { run } = useAdminSave(form);
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    try {
      const change = await add.mutateAsync([values]);
      notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.calendar.added', { count: change.days.length }) });
      onDone(change.dossiersOnHolidays);
    } catch (error) {
      // The API names the list's first day (`days.0.date`): it is this form's date.
      const dayError = isApiError(error) ? error.fields['days.0.date'] : undefined;
      if (dayError) form.setError('date', { type: 'server', message: translateMessage(dayError) }, { shouldFocus: true });
      else await run(() => Promise.reject(error));
    }
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Controller
          control={form.control}
          name="date"
          render={({ field, fieldState }) => (
            <LocalDateInput
              label={t('admin.calendar.date')}
              required
              value={field.value}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
              defaultDate={`${year}-01-01`}
              data-autofocus
            />
          )}
        />
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <Select
              label={t('admin.calendar.kind')}
              data={calendarDayKinds.map((kind) => ({ value: kind, label: t(`admin.calendar.kinds.${kind}`) }))}
              value={field.value}
              onChange={(value) => field.onChange(value ?? 'holiday')}
              allowDeselect={false}
            />
          )}
        />
        <TextInput label={t('admin.calendar.name')} required error={errors.name?.message} {...form.register('name')} />
        <FormError message={errors.root?.server?.message} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={isSubmitting}>
            {t('admin.common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t('admin.common.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PasteForm({ onDone, onCancel }: { onDone: (affected: DossierOnHoliday[]) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const add = useAddCalendarDays();
  const [text, setText] = useState('');
  const [serverErrors, setServerErrors] = useState<string[]>([]);
  const parsed = parseCalendarLines(text);
  const lineErrors = parsed.problems.map((problem) => translateMessage(problem.message));
  const emptyError = text.trim() !== '' && parsed.days.length === 0 && lineErrors.length === 0;

  function submit() {
    if (parsed.problems.length || parsed.days.length === 0) return;
    add.mutate(parsed.days, {
      onSuccess: (change) => {
        notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.calendar.added', { count: change.days.length }) });
        onDone(change.dossiersOnHolidays);
      },
      onError: (error) => {
        // `days.3.date` → "line of the 4th day": name the day itself.
        const named = Object.entries(error.fields).map(([path, field]) => {
          const index = Number(path.split('.')[1]);
          const entry = parsed.days[index];
          return entry ? `${day(entry.date)} ${entry.name}: ${translateMessage(field)}` : translateMessage(field);
        });
        setServerErrors(named.length ? named : [error.message]);
      },
    });
  }

  return (
    <Stack gap="sm">
      <Textarea
        label={t('admin.calendar.pasteLabel')}
        description={t('admin.calendar.pasteHint')}
        placeholder={t('admin.calendar.pastePlaceholder')}
        autosize
        minRows={5}
        maxRows={14}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setServerErrors([]);
        }}
        error={lineErrors.length ? lineErrors.join(' · ') : emptyError ? translateMessage({ code: 'calendar_paste_empty' }) : undefined}
        data-autofocus
      />
      {parsed.days.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('admin.calendar.pastePreview', { count: parsed.days.length })}
          </Text>
          <List size="sm">
            {parsed.days.map((entry) => (
              <List.Item key={entry.date}>
                {day(entry.date)} — {t(`admin.calendar.kinds.${entry.kind}`)}: {entry.name}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {serverErrors.length > 0 && <FormError message={serverErrors.join(' · ')} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={add.isPending}>
          {t('admin.common.cancel')}
        </Button>
        <Button onClick={submit} loading={add.isPending} disabled={parsed.days.length === 0 || parsed.problems.length > 0}>
          {t('admin.common.add')}
        </Button>
      </Group>
    </Stack>
  );
}
