import { Select } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { foldedFilter } from '../../../lib/folded-filter.ts';
import { useUsers } from '../../../lib/reference/users.ts';
import { DirectoryLoadError } from './directory-load-error.tsx';

export interface HandlerSelectProps {
  /** The department whose handlers may be picked. */
  unitId: string;
  /** The handler who holds the dossier now (reassigning to him is refused by the API). */
  excludeId?: string | null;
  value: string;
  onChange: (handlerId: string) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  error?: string;
}

/** Picks one handler of a department by name and job title. */
export function HandlerSelect({ unitId, excludeId, value, onChange, onBlur, inputRef, error }: HandlerSelectProps) {
  const { t } = useTranslation();
  const staff = useUsers({ role: 'handler', unitId });
  const options = (staff.data ?? [])
    .filter((user) => user.id !== excludeId)
    .map((user) => ({ value: user.id, label: user.title ? `${user.fullName} — ${user.title}` : user.fullName }));
  return (
    <>
      <Select
        label={t('workflow.fields.handler')}
        placeholder={staff.isPending ? t('workflow.fields.loadingOptions') : t('workflow.fields.handlerPlaceholder')}
        description={staff.isSuccess && options.length === 0 ? t('workflow.fields.noHandlers') : undefined}
        nothingFoundMessage={t('workflow.fields.nothingFound')}
        required
        searchable
        filter={foldedFilter}
        data={options}
        value={value || null}
        onChange={(next) => onChange(next ?? '')}
        onBlur={onBlur}
        ref={inputRef}
        error={error}
        data-autofocus
      />
      {staff.isError && <DirectoryLoadError error={staff.error} onRetry={() => void staff.refetch()} />}
    </>
  );
}
