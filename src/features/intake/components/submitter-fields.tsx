import { Stack, Switch } from '@mantine/core';
import type { Ref } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CardField } from '../utils/card-fill.ts';
import { emptySubmitter, type IntakeForm } from '../utils/intake-form-values.ts';
import { PersonFields } from './person-fields.tsx';

export interface SubmitterFieldsProps {
  form: IntakeForm;
  /** Fields the last card scan filled: marked until the next scan. */
  fromCard: ReadonlySet<CardField>;
  /** The block (switch included): a card scanned with focus inside it fills the submitter. */
  blockRef?: Ref<HTMLDivElement>;
}

/**
 * "Người nộp khác chủ hồ sơ": off, the applicant submitted in person and `submitter` is
 * null; on, the submitter's name (required), what the ID card says and a phone appear.
 */
export function SubmitterFields({ form, fromCard, blockRef }: SubmitterFieldsProps) {
  const { t } = useTranslation();
  const submitter = useWatch({ control: form.control, name: 'submitter' });
  const enabled = submitter !== null && submitter !== undefined;

  function toggle(on: boolean) {
    form.setValue('submitter', on ? { ...emptySubmitter } : null);
    if (on) {
      // The officer switched it on to type the name next.
      requestAnimationFrame(() => form.setFocus('submitter.name'));
    } else {
      form.clearErrors('submitter');
    }
  }

  return (
    <Stack gap="sm" ref={blockRef}>
      <Switch
        label={t('intake.submitter.toggle')}
        description={t('intake.submitter.toggleHint')}
        checked={enabled}
        onChange={(event) => toggle(event.currentTarget.checked)}
      />
      {enabled && <PersonFields form={form} who="submitter" fromCard={fromCard} />}
    </Stack>
  );
}
