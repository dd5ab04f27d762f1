import { Select, SimpleGrid } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DatesSettings, useDatePickerSettings } from '../../../components/dates-settings.tsx';
import { ProcedureSelect } from '../../../components/procedure-select.tsx';
import { channels } from '../../../domain/channels.ts';
import { dueFilters, feeFilters } from '../../../domain/queues.ts';
import { ratingFilters } from '../../../domain/satisfaction.ts';
import { foldedFilter } from '../../../lib/folded-filter.ts';
import { useFields } from '../../../lib/reference/fields.ts';
import { useProcedures } from '../../../lib/reference/procedures.ts';
import { useUnits } from '../../../lib/reference/units.ts';
import { useUsers } from '../../../lib/reference/users.ts';
import type { DossierListFilters, ListFilterKey, ListFilterValues } from '../utils/dossier-list-search.ts';

export interface DossierFilterPanelProps {
  filters: DossierListFilters;
  /** Sets filters; undefined removes one. */
  onChange: (change: ListFilterValues) => void;
}

/** The two date ranges, each a pair of URL filters (Vietnam days, `YYYY-MM-DD`); either end may stay open. */
const dateRanges = [
  { label: 'received', from: 'receivedFrom', to: 'receivedTo' },
  { label: 'appointment', from: 'appointmentFrom', to: 'appointmentTo' },
] as const;

interface DateRangeFieldProps {
  label: string;
  value: [string | null, string | null];
  onChange: (range: DatesRangeValue<string>) => void;
}

/** A date range filter: from a day, to a day, or both (either end may stay open). */
function DateRangeField({ label, value, onChange }: DateRangeFieldProps) {
  const { t } = useTranslation();
  const pickerSettings = useDatePickerSettings();
  return (
    <DatePickerInput
      {...pickerSettings}
      type="range"
      allowSingleDateInRange
      label={label}
      placeholder={t('search.filters.anyDate')}
      valueFormat="DD/MM/YYYY"
      labelSeparator="–"
      clearable
      leftSection={<IconCalendar size={18} aria-hidden />}
      value={value}
      onChange={onChange}
    />
  );
}

/** The list's detailed filters (field, procedure, department, handler, channel, dates, deadline), all kept in the URL. */
export function DossierFilterPanel({ filters, onChange }: DossierFilterPanelProps) {
  const { t } = useTranslation();
  const fields = useFields().data ?? [];
  const procedures = useProcedures().data ?? [];
  const departments = (useUnits().data ?? []).filter((unit) => unit.kind === 'department');
  const handlers = useUsers({ role: 'handler' }).data ?? [];
  const pick = (key: ListFilterKey) => (value: string | null) => onChange({ [key]: value ?? undefined });

  return (
    <DatesSettings>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        <Select
          label={t('search.filters.fields.field')}
          placeholder={t('search.filters.any')}
          data={fields.map((field) => ({ value: field.id, label: field.name }))}
          value={filters.fieldId ?? null}
          onChange={pick('fieldId')}
          searchable
          filter={foldedFilter}
          clearable
        />
        <ProcedureSelect
          label={t('search.filters.fields.procedure')}
          placeholder={t('search.filters.any')}
          procedures={procedures}
          value={filters.procedureId ?? null}
          onChange={pick('procedureId')}
          clearable
        />
        <Select
          label={t('search.filters.fields.department')}
          placeholder={t('search.filters.any')}
          data={departments.map((unit) => ({ value: unit.id, label: unit.name }))}
          value={filters.departmentId ?? null}
          onChange={pick('departmentId')}
          searchable
          filter={foldedFilter}
          clearable
        />
        <Select
          label={t('search.filters.fields.handler')}
          placeholder={t('search.filters.any')}
          data={handlers.map((handler) => ({ value: handler.id, label: handler.fullName }))}
          value={filters.handlerId ?? null}
          onChange={pick('handlerId')}
          searchable
          filter={foldedFilter}
          clearable
        />
        <Select
          label={t('search.filters.fields.channel')}
          placeholder={t('search.filters.any')}
          data={channels.map((channel) => ({ value: channel, label: t(`channel.${channel}`) }))}
          value={filters.channel ?? null}
          onChange={pick('channel')}
          clearable
        />
        <Select
          label={t('search.filters.fields.due')}
          placeholder={t('search.filters.any')}
          data={dueFilters.map((due) => ({ value: due, label: t(`search.filters.due.${due}`) }))}
          value={filters.due ?? null}
          onChange={pick('due')}
          clearable
        />
        <Select
          label={t('search.filters.fields.fee')}
          placeholder={t('search.filters.any')}
          data={feeFilters.map((fee) => ({ value: fee, label: t(`search.filters.fee.${fee}`) }))}
          value={filters.fee ?? null}
          onChange={pick('fee')}
          clearable
        />
        <Select
          label={t('search.filters.fields.rating')}
          placeholder={t('search.filters.any')}
          data={ratingFilters.map((rating) => ({ value: rating, label: t(`search.filters.rating.${rating}`) }))}
          value={filters.rating ?? null}
          onChange={pick('rating')}
          clearable
        />
        {dateRanges.map(({ label, from, to }) => (
          <DateRangeField
            key={label}
            label={t(`search.filters.fields.${label}Range`)}
            value={[filters[from] ?? null, filters[to] ?? null]}
            onChange={([start, end]) => onChange({ [from]: start ?? undefined, [to]: end ?? undefined })}
          />
        ))}
      </SimpleGrid>
    </DatesSettings>
  );
}
