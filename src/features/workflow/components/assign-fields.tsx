import { Textarea } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AssignInput } from '../../../domain/schemas/intake.ts';
import { HandlerSelect } from './handler-select.tsx';

export interface AssignFieldsProps {
  form: UseFormReturn<z.input<typeof AssignInput>, unknown, z.output<typeof AssignInput>>;
  /** The department whose handlers may be picked. */
  unitId: string;
  /** The handler who holds the dossier now (reassigning to him is refused by the API). */
  excludeId?: string | null;
}

/** Whom to assign and a note: the fields of assigning one dossier and of assigning several at once. */
export function AssignFields({ form, unitId, excludeId }: AssignFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Controller
        control={form.control}
        name="handlerId"
        render={({ field, fieldState }) => (
          <HandlerSelect
            unitId={unitId}
            excludeId={excludeId}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={fieldState.error?.message}
          />
        )}
      />
      <Textarea label={t('workflow.fields.assignNote')} rows={2} resize="vertical" error={form.formState.errors.note?.message} {...form.register('note')} />
    </>
  );
}
