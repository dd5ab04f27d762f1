import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProcedureSelect } from '../../../components/procedure-select.tsx';
import { channels } from '../../../domain/channels.ts';
import { ratingFilters } from '../../../domain/satisfaction.ts';
import { DossierListQuery } from '../../../domain/schemas/dossier-query.ts';
import { foldedFilter } from '../../../lib/folded-filter.ts';
import { useFields } from '../../../lib/reference/fields.ts';
import { useProcedures } from '../../../lib/reference/procedures.ts';
import { useUnits } from '../../../lib/reference/units.ts';
import { useUsers } from '../../../lib/reference/users.ts';
import type { DossierListFilters, ListFilterKey } from '../utils/dossier-list-search.ts';

export interface DossierFilterPanelProps {
  filters: DossierListFilters;
  /** Sets one filter; undefined removes it. */
  onChange: (key: ListFilterKey, value: string | undefined) => void;
}

const dateFilters = [
  ['receivedFrom', 'receivedFrom'],
  ['receivedTo', 'receivedTo'],
  ['appointmentFrom', 'appointmentFrom'],
  ['appointmentTo', 'appointmentTo'],
] as const;

/** The list's detailed filters (field, procedure, department, handler, channel, dates, deadline), all kept in the URL. */
export function DossierFilterPanel({ filters, onChange }: DossierFilterPanelProps) {
  const { t } = useTranslation();
  const fields = useFields().data ?? [];
  const procedures = useProcedures().data ?? [];
  const departments = (useUnits().data ?? []).filter((unit) => unit.kind === 'department');
  const handlers = useUsers({ role: 'handler' }).data ?? [];
  const pick = (key: ListFilterKey) => (value: string | null) => onChange(key, value ?? undefined);

  return (
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
        data={(['late', 'due_soon'] as const).map((due) => ({ value: due, label: t(`search.filters.due.${due}`) }))}
        value={filters.due ?? null}
        onChange={pick('due')}
        clearable
      />
      <Select
        label={t('search.filters.fields.fee')}
        placeholder={t('search.filters.any')}
        data={DossierListQuery.shape.fee.unwrap().options.map((fee) => ({ value: fee, label: t(`search.filters.fee.${fee}`) }))}
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
      {dateFilters.map(([key, label]) => (
        <TextInput
          key={key}
          type="date"
          label={t(`search.filters.fields.${label}`)}
          value={filters[key] ?? ''}
          onChange={(event) => onChange(key, event.currentTarget.value || undefined)}
        />
      ))}
    </SimpleGrid>
  );
}
