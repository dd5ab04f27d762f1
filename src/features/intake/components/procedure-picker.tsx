import { Group, Select, Text } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Procedure } from '../../../domain/schemas/catalogue.ts';
import { procedureFilter, procedureOptions } from '../utils/procedure-options.ts';

export interface ProcedurePickerProps {
  procedures: readonly Procedure[];
  /** The chosen procedure's id, '' for none. */
  value: string;
  onChange: (procedure: Procedure | undefined) => void;
  onBlur?: () => void;
  error?: string;
  /** The input, so the form can focus it (first field, F2, validation errors). */
  ref?: Ref<HTMLInputElement>;
}

/**
 * The first field of the intake form: a searchable list of the procedures in force,
 * grouped by field. Typing filters without diacritics (by name, national code or field)
 * and highlights the first match, so "xac nhan" then Enter picks it.
 */
export function ProcedurePicker({ procedures, value, onChange, onBlur, error, ref }: ProcedurePickerProps) {
  const { t } = useTranslation();
  const data = useMemo(() => procedureOptions(procedures), [procedures]);
  const filter = useMemo(() => procedureFilter(procedures), [procedures]);
  const byId = useMemo(() => new Map(procedures.map((procedure) => [procedure.id, procedure])), [procedures]);

  return (
    <Select
      ref={ref}
      label={t('intake.procedure.label')}
      placeholder={t('intake.procedure.placeholder')}
      required
      size="md"
      searchable
      selectFirstOptionOnChange
      data={data}
      filter={filter}
      value={value || null}
      onChange={(id) => onChange(id ? byId.get(id) : undefined)}
      onBlur={onBlur}
      error={error}
      nothingFoundMessage={t('intake.procedure.nothingFound')}
      leftSection={<IconSearch size={18} aria-hidden />}
      maxDropdownHeight={360}
      comboboxProps={{ position: 'bottom-start' }}
      renderOption={({ option }) => (
        <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
          <Text size="sm">{option.label}</Text>
          <Text size="xs" c="dimmed" ff="monospace" style={{ flexShrink: 0 }}>
            {byId.get(option.value)?.code}
          </Text>
        </Group>
      )}
    />
  );
}
