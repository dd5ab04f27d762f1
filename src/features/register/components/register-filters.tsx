import { Button, Group, Select } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ProcedureSelect } from '../../../components/procedure-select.tsx';
import { channels, type Channel } from '../../../domain/channels.ts';
import { foldedFilter } from '../../../lib/folded-filter.ts';
import { useProcedures } from '../../../lib/reference/procedures.ts';
import { useUnits } from '../../../lib/reference/units.ts';
import type { RegisterFilters as Filters } from '../utils/register-search.ts';

export interface RegisterFiltersProps {
  filters: Filters;
  onChange: (change: Filters) => void;
}

/** Optional filters of the register: one procedure, one deciding unit, one channel. */
export function RegisterFilters({ filters, onChange }: RegisterFiltersProps) {
  const { t } = useTranslation();
  const procedures = useProcedures();
  const units = useUnits();
  const any = !!(filters.procedureId || filters.departmentId || filters.channel);
  const loadError = procedures.isError || units.isError ? t('register.filters.loadFailed') : undefined;

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <ProcedureSelect
        label={t('register.filters.procedure')}
        placeholder={t('register.filters.all')}
        procedures={procedures.data ?? []}
        value={filters.procedureId ?? null}
        onChange={(value) => onChange({ procedureId: value ?? undefined })}
        clearable
        allowDeselect
        nothingFoundMessage={t('register.filters.nothingFound')}
        error={procedures.isError ? loadError : undefined}
        w={{ base: '100%', sm: 320 }}
      />
      <Select
        label={t('register.filters.department')}
        placeholder={t('register.filters.all')}
        data={(units.data ?? []).filter((unit) => unit.kind !== 'centre').map((unit) => ({ value: unit.id, label: unit.name }))}
        value={filters.departmentId ?? null}
        onChange={(value) => onChange({ departmentId: value ?? undefined })}
        searchable
        filter={foldedFilter}
        clearable
        allowDeselect
        error={units.isError ? loadError : undefined}
        w={{ base: '100%', sm: 240 }}
      />
      <Select
        label={t('register.filters.channel')}
        placeholder={t('register.filters.all')}
        data={channels.map((channel) => ({ value: channel, label: t(`channel.${channel}`) }))}
        value={filters.channel ?? null}
        onChange={(value) => onChange({ channel: channels.find((channel): channel is Channel => channel === value) })}
        clearable
        allowDeselect
        w={{ base: '100%', sm: 200 }}
      />
      {any && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={() => onChange({ procedureId: undefined, departmentId: undefined, channel: undefined })}
        >
          {t('register.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
