import { Button, Group, List, Select, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../../../components/dialog-form.tsx';
import { parseCalendarLines } from '../../../../domain/calendar-paste.ts';
import { CalendarDayInput, calendarDayKinds } from '../../../../domain/schemas/admin-calendar.ts';
import { formatLocalDate } from '../../../../lib/format.ts';
import { isApiError } from '../../../../lib/api-client.ts';
import { useZodForm } from '../../../../lib/form.ts';
import { translateMessage } from '../../../../i18n/translate-message.ts';
import { useAddCalendarDays } from '../../api/calendar.ts';
import { useAdminSave } from '../../hooks/use-admin-save.ts';
import { LocalDateInput } from '../../../../components/local-date-input.tsx';
import { DossiersOnHolidays } from './dossiers-on-holidays.tsx';
import type { DossierOnHoliday } from '../../../../domain/schemas/admin-calendar.ts';

const day = (date: string) => formatLocalDate(date);

/**
 * One day typed in, or a list pasted from a notice or a spreadsheet; all days are added or
 * none (the body of its dialog). Then the open dossiers due on the new holidays, if any.
 */
export function AddDaysForm({ year, onDone }: { year: number; onDone: () => void }) {
  const { t } = useTranslation();
  const [affected, setAffected] = useState<DossierOnHoliday[] | null>(null);
  if (affected) return <AffectedDossiers dossiers={affected} onDone={onDone} />;
  const done = (dossiers: DossierOnHoliday[]) => (dossiers.length ? setAffected(dossiers) : onDone());
  // Both tabs stay mounted: what was typed in one is still there after a look at the other
  // (and the dialog asks before closing while either holds text).
  return (
    <Tabs defaultValue="one">
      <Tabs.List mb="md">
        <Tabs.Tab value="one">{t('admin.calendar.oneDay')}</Tabs.Tab>
        <Tabs.Tab value="paste">{t('admin.calendar.pasteList')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="one">
        <OneDayForm year={year} onDone={done} />
      </Tabs.Panel>
      <Tabs.Panel value="paste">
        <PasteForm onDone={done} />
      </Tabs.Panel>
    </Tabs>
  );
}

/** The dialog's content after the save: the button that closes it takes the focus the form's submit button had. */
function AffectedDossiers({ dossiers, onDone }: { dossiers: DossierOnHoliday[]; onDone: () => void }) {
  const { t } = useTranslation();
  const close = useRef<HTMLButtonElement>(null);
  // Without scrolling: the dialog keeps showing the list from its title.
  useEffect(() => close.current?.focus({ preventScroll: true }), []);
  return (
    <Stack gap="md">
      <DossiersOnHolidays dossiers={dossiers} />
      <Group justify="flex-end">
        <Button ref={close} onClick={onDone}>
          {t('admin.common.close')}
        </Button>
      </Group>
    </Stack>
  );
}

function OneDayForm({ year, onDone }: { year: number; onDone: (affected: DossierOnHoliday[]) => void }) {
  const { t } = useTranslation();
  const add = useAddCalendarDays();
  const form = useZodForm(CalendarDayInput, { defaultValues: { date: '', kind: 'holiday', name: '' } });
  const { run } = useAdminSave(form);
  const { errors, isSubmitting, isDirty } = form.formState;
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
    <DialogForm
      onSubmit={(event) => void submit(event)}
      submitLabel={t('admin.common.add')}
      pending={isSubmitting}
      pendingLabel={t('admin.common.saving')}
      error={errors.root?.server?.message}
      dirty={isDirty}
    >
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
    </DialogForm>
  );
}

function PasteForm({ onDone }: { onDone: (affected: DossierOnHoliday[]) => void }) {
  const { t } = useTranslation();
  const add = useAddCalendarDays();
  const [text, setText] = useState('');
  const [serverErrors, setServerErrors] = useState<string[]>([]);
  const parsed = parseCalendarLines(text);
  const lineErrors = parsed.problems.map((problem) => translateMessage(problem.message));
  const emptyError = text.trim() !== '' && parsed.days.length === 0 && lineErrors.length === 0;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Ctrl+Enter with nothing to add, a line to fix, or again while the request runs.
    if (parsed.problems.length || parsed.days.length === 0 || add.isPending) return;
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
    <DialogForm
      onSubmit={submit}
      submitLabel={t('admin.common.add')}
      pending={add.isPending}
      pendingLabel={t('admin.common.saving')}
      submitDisabled={parsed.days.length === 0 || parsed.problems.length > 0}
      error={serverErrors.length > 0 ? serverErrors.join(' · ') : undefined}
      dirty={text.trim() !== ''}
    >
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
    </DialogForm>
  );
}
