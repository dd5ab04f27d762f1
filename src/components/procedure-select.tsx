import { Group, Select, Text, type SelectProps } from '@mantine/core';
import { useMemo, type Ref } from 'react';
import type { Procedure } from '../domain/schemas/catalogue.ts';
import { procedureFilter, procedureOptions } from '../lib/reference/procedure-options.ts';

export interface ProcedureSelectProps extends Omit<SelectProps, 'data' | 'filter' | 'searchable' | 'renderOption'> {
  /** The procedures to choose from (see `useProcedures`). */
  procedures: readonly Procedure[];
  ref?: Ref<HTMLInputElement>;
}

/**
 * Every procedure picker (intake, dossier list filter, register filter): a searchable Select
 * grouped by field, the national code beside each name, searched the one way
 * (`procedureFilter`: no diacritics, by name, code or field). Its value is the procedure's id;
 * all other Select props pass through.
 */
export function ProcedureSelect({ procedures, ...props }: ProcedureSelectProps) {
  const data = useMemo(() => procedureOptions(procedures), [procedures]);
  const filter = useMemo(() => procedureFilter(procedures), [procedures]);
  const codes = useMemo(() => new Map(procedures.map((procedure) => [procedure.id, procedure.code])), [procedures]);
  return (
    <Select
      searchable
      data={data}
      filter={filter}
      renderOption={({ option }) => (
        <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
          <Text size="sm">{option.label}</Text>
          <Text size="xs" c="dimmed" ff="monospace" style={{ flexShrink: 0 }}>
            {codes.get(option.value)}
          </Text>
        </Group>
      )}
      {...props}
    />
  );
}
