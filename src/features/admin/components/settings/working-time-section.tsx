import { Checkbox, Fieldset, Group, NumberInput, SimpleGrid, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { WorkingTimeSettingsSchema, type WorkingTimeSettingsInput } from '../../../../domain/schemas/settings.ts';
import { defaultOfficeHours, WorkingCalendar, weekdays, workingTimeProblems, type Weekday } from '../../../../domain/working-time.ts';
import { useZodForm } from '../../../../lib/form.ts';
import { settingsSaves, useSaveSettings } from '../../api/settings.ts';
import { useAdminSave } from '../../hooks/use-admin-save.ts';
import type { SectionProps } from './identity-section.tsx';
import { SectionForm } from './section-form.tsx';
import { ClockInput } from '../clock-input.tsx';

const periods = ['morning', 'afternoon'] as const;

/** Office hours for each day of the week (a Saturday morning included), the same-day cut-off and "due soon". */
export function WorkingTimeSection({ settings, onReload }: SectionProps) {
  const { t, i18n } = useTranslation();
  const save = useSaveSettings(settingsSaves.workingTime, { refreshAll: true });
  const form = useZodForm(WorkingTimeSettingsSchema, { defaultValues: settings.workingTime.value });
  const { stale, run } = useAdminSave(form, onReload);
  const { errors, isSubmitting } = form.formState;
  const values = form.watch();
  // The day's length follows the same rule as every appointment (the domain's calendar).
  const dayHours = workingTimeProblems(values).length === 0 ? new WorkingCalendar(values, []).workingDayMs / 3_600_000 : null;
  const submit = form.handleSubmit(async (value) => {
    const saved = await run(() => save.mutateAsync({ value, version: settings.workingTime.version }));
    if (saved) notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.settings.saved') });
  });

  return (
    <SectionForm onSubmit={(event) => void submit(event)} pending={isSubmitting} stale={stale} rootError={errors.root?.server?.message ?? errors.week?.message}>
      <Fieldset legend={t('admin.settings.workingTime.week')}>
        <Text size="sm" c="dimmed" mb="sm">
          {t('admin.settings.workingTime.weekHint')}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.settings.workingTime.day')}</Table.Th>
                <Table.Th scope="col">{t('admin.settings.workingTime.morning')}</Table.Th>
                <Table.Th scope="col">{t('admin.settings.workingTime.afternoon')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {weekdays.map((day) => (
                <Table.Tr key={day}>
                  <Table.Th scope="row">{t(`admin.settings.workingTime.weekdays.${day}`)}</Table.Th>
                  {periods.map((period) => (
                    <Table.Td key={period}>
                      <PeriodInputs control={form.control} errors={errors} day={day} period={period} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {dayHours !== null && (
          <Text size="sm" mt="xs" aria-live="polite">
            {t('admin.settings.workingTime.dayLength', { hours: dayHours.toLocaleString(i18n.resolvedLanguage === 'en' ? 'en' : 'vi', { maximumFractionDigits: 2 }) })}
          </Text>
        )}
      </Fieldset>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Controller
          control={form.control}
          name="sameDayCutoff"
          render={({ field, fieldState }) => (
            <ClockInput
              label={t('admin.settings.workingTime.cutoff')}
              name={t('admin.settings.workingTime.cutoff')}
              description={t('admin.settings.workingTime.cutoffHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
              maw={260}
            />
          )}
        />
        <Controller
          control={form.control}
          name="dueSoonWorkingDays"
          render={({ field, fieldState }) => (
            <NumberInput
              label={t('admin.settings.workingTime.dueSoon')}
              value={field.value}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : 0)}
              onBlur={field.onBlur}
              min={0}
              max={30}
              allowDecimal={false}
              error={fieldState.error?.message}
              maw={260}
            />
          )}
        />
      </SimpleGrid>
    </SectionForm>
  );
}

function PeriodInputs({ control, errors, day, period }: { control: Control<WorkingTimeSettingsInput>; errors: FieldErrors<WorkingTimeSettingsInput>; day: Weekday; period: (typeof periods)[number] }) {
  const { t } = useTranslation();
  const names = { day: t(`admin.settings.workingTime.weekdays.${day}`), period: t(`admin.settings.workingTime.periods.${period}`) };
  const periodErrors = errors.week?.[day]?.[period];
  const errorsOf = periodErrors && 'start' in periodErrors ? periodErrors : undefined;
  return (
    <Controller
      control={control}
      name={`week.${day}.${period}`}
      render={({ field }) => {
        const value = field.value;
        return (
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Checkbox
              mt={8}
              checked={value !== null}
              onChange={(event) => field.onChange(event.currentTarget.checked ? { ...defaultOfficeHours[period] } : null)}
              aria-label={t('admin.settings.workingTime.dayOpen', names)}
            />
            {value ? (
              <>
                <ClockInput
                  value={value.start}
                  onChange={(start) => field.onChange({ ...value, start })}
                  name={t('admin.settings.workingTime.start', names)}
                  error={errorsOf?.start?.message}
                  w={96}
                />
                <Text mt={6} aria-hidden>
                  –
                </Text>
                <ClockInput
                  value={value.end}
                  onChange={(end) => field.onChange({ ...value, end })}
                  name={t('admin.settings.workingTime.end', names)}
                  error={errorsOf?.end?.message}
                  w={96}
                />
              </>
            ) : (
              <Text size="sm" c="dimmed" mt={8}>
                {t('admin.settings.workingTime.closed')}
              </Text>
            )}
          </Group>
        );
      }}
    />
  );
}
