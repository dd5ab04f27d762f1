import { Group, Select } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DatesSettings, useDatePickerSettings } from './dates-settings.tsx';
import { matchingPreset, periodPresets, presetPeriod, type PeriodPreset, type ReportPeriod } from '../lib/report-period.ts';

export interface PeriodPickerProps {
  period: ReportPeriod;
  /** Today in Vietnam (`YYYY-MM-DD`): the presets are counted from it. */
  today: string;
  onChange: (period: ReportPeriod) => void;
}

type Draft = DatesRangeValue<string>;

/**
 * A report period (inside `DatesSettings`, which gives the calendar its language): a preset (this week, this month, last month, this quarter, this year)
 * or any range of days from the calendar. The preset box names the range when it is one.
 */
export function PeriodPicker({ period, today, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const pickerSettings = useDatePickerSettings();
  // The first day picked waits here until the last one is picked.
  const [draft, setDraft] = useState<Draft | null>(null);
  const preset = matchingPreset(period, today) ?? null;

  function pickRange(value: Draft) {
    const [from, to] = value;
    if (from && to) {
      setDraft(null);
      onChange({ from, to });
    } else {
      setDraft(value);
    }
  }

  return (
    <DatesSettings>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('period.label')}
          data={periodPresets.map((value) => ({ value, label: t(`period.presets.${value}`) }))}
          value={preset}
          placeholder={t('period.custom')}
          onChange={(value) => {
            const chosen = periodPresets.find((candidate): candidate is PeriodPreset => candidate === value);
            if (chosen) onChange(presetPeriod(chosen, today));
          }}
          w={170}
        />
        <DatePickerInput
          {...pickerSettings}
          type="range"
          label={t('period.range')}
          placeholder={t('period.rangePlaceholder')}
          value={draft ?? [period.from, period.to]}
          onChange={pickRange}
          onDropdownClose={() => setDraft(null)}
          valueFormat="DD/MM/YYYY"
          labelSeparator="–"
          allowSingleDateInRange
          leftSection={<IconCalendar size={18} aria-hidden />}
          miw={230}
        />
      </Group>
    </DatesSettings>
  );
}
