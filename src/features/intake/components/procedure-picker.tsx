import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ProcedureSelect } from '../../../components/procedure-select.tsx';
import type { Procedure } from '../../../domain/schemas/catalogue.ts';

export interface ProcedurePickerProps {
  procedures: readonly Procedure[];
  /** The chosen procedure's id, '' for none. */
  value: string;
  onChange: (procedure: Procedure | undefined) => void;
  onBlur?: () => void;
  error?: string;
  /** A line under the label (e.g. that the procedure was remembered from the last receipt). */
  description?: string;
  /** The input, so the form can focus it (first field, F2, validation errors). */
  ref?: Ref<HTMLInputElement>;
}

/**
 * The first field of the intake form: the shared procedure picker, large, with the first
 * match highlighted as the officer types, so "xac nhan" then Enter picks it.
 */
export function ProcedurePicker({ procedures, value, onChange, onBlur, error, description, ref }: ProcedurePickerProps) {
  const { t } = useTranslation();
  const byId = useMemo(() => new Map(procedures.map((procedure) => [procedure.id, procedure])), [procedures]);
  // The search text is kept here: choosing the procedure already chosen (the remembered one,
  // typed again) must show its name again, which a controlled Select does not do by itself.
  const [search, setSearch] = useState(() => byId.get(value)?.name ?? '');

  return (
    <ProcedureSelect
      ref={ref}
      procedures={procedures}
      label={t('intake.procedure.label')}
      placeholder={t('intake.procedure.placeholder')}
      required
      size="md"
      selectFirstOptionOnChange
      // Typing the remembered procedure's name again and Enter keeps it, rather than clearing it.
      allowDeselect={false}
      value={value || null}
      searchValue={search}
      onSearchChange={setSearch}
      onOptionSubmit={(id) => setSearch(byId.get(id)?.name ?? '')}
      onChange={(id) => onChange(id ? byId.get(id) : undefined)}
      onBlur={onBlur}
      error={error}
      description={description}
      nothingFoundMessage={t('intake.procedure.nothingFound')}
      leftSection={<IconSearch size={18} aria-hidden />}
      maxDropdownHeight={360}
      comboboxProps={{ position: 'bottom-start' }}
    />
  );
}
