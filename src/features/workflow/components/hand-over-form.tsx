import { Select, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { HandOverInput } from '../../../domain/schemas/intake.ts';
import { useZodForm } from '../../../lib/form.ts';
import { foldedFilter } from '../../../lib/folded-filter.ts';
import { useUnits } from '../../../lib/reference/units.ts';
import { useActionSubmit } from '../hooks/use-action-submit.ts';
import { ActionFormShell } from './action-form-shell.tsx';
import { DirectoryLoadError } from './directory-load-error.tsx';

export interface HandOverFormProps {
  dossier: DossierDetail;
  intro?: ReactNode;
  onDone: (dossier: DossierDetail) => void;
  onCancel: () => void;
}

/** The desk hands the dossier to the department that decides (the procedure's by default). */
export function HandOverForm({ dossier, intro, onDone, onCancel }: HandOverFormProps) {
  const { t } = useTranslation();
  const units = useUnits();
  const form = useZodForm(HandOverInput, { defaultValues: { unitId: dossier.decidingUnit.id, note: '' } });
  const { submit, pending, conflict } = useActionSubmit(form, { action: 'hand_over', subject: dossier, onDone });
  const { errors } = form.formState;
  // The centre itself cannot decide; outside authorities can (the desk receives for them too).
  const options = (units.data ?? [])
    .filter((unit) => unit.kind !== 'centre')
    .map((unit) => ({ value: unit.id, label: unit.name }));
  if (!options.some((option) => option.value === dossier.decidingUnit.id)) {
    options.unshift({ value: dossier.decidingUnit.id, label: dossier.decidingUnit.name });
  }

  return (
    <ActionFormShell
      code={dossier.code}
      intro={intro}
      onSubmit={(event) => void submit(event)}
      submitLabel={t('workflow.submit.hand_over')}
      pending={pending}
      conflict={conflict}
      rootError={errors.root?.server?.message}
      onCancel={onCancel}
    >
      <Controller
        control={form.control}
        name="unitId"
        render={({ field, fieldState }) => (
          <Select
            label={t('workflow.fields.unit')}
            description={t('workflow.fields.unitHint')}
            required
            data={options}
            searchable
            filter={foldedFilter}
            nothingFoundMessage={t('workflow.fields.nothingFound')}
            value={field.value ?? null}
            onChange={(value) => field.onChange(value ?? undefined)}
            onBlur={field.onBlur}
            ref={field.ref}
            error={fieldState.error?.message}
            data-autofocus
          />
        )}
      />
      {units.isError && <DirectoryLoadError error={units.error} onRetry={() => void units.refetch()} />}
      <Textarea label={t('workflow.fields.handoverNote')} rows={2} resize="vertical" error={errors.note?.message} {...form.register('note')} />
    </ActionFormShell>
  );
}
