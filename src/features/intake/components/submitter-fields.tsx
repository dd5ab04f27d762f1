import { Grid, NativeSelect, Stack, Switch, TextInput } from '@mantine/core';
import type { Ref } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { genders } from '../../../domain/gender.ts';
import type { CardField } from '../utils/card-fill.ts';
import { emptySubmitter, type IntakeForm } from '../utils/intake-form-values.ts';
import classes from './intake-form.module.css';

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
  const errors = form.formState.errors.submitter;
  const marked = (field: CardField) => (fromCard.has(field) ? { input: classes.fromCard } : undefined);
  const genderOptions = [{ value: '', label: t('intake.applicant.genderNone') }, ...genders.map((value) => ({ value, label: t(`gender.${value}`) }))];

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
      {enabled && (
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <TextInput
              label={t('intake.submitter.name')}
              required
              autoComplete="off"
              classNames={marked('name')}
              error={errors?.name?.message}
              {...form.register('submitter.name')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
            <TextInput
              label={t('intake.submitter.idNumber')}
              inputMode="numeric"
              autoComplete="off"
              classNames={marked('idNumber')}
              error={errors?.idNumber?.message}
              {...form.register('submitter.idNumber')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3, md: 3 }}>
            <TextInput
              type="date"
              label={t('intake.submitter.dateOfBirth')}
              autoComplete="off"
              classNames={marked('dateOfBirth')}
              error={errors?.dateOfBirth?.message}
              {...form.register('submitter.dateOfBirth')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3, md: 2 }}>
            <NativeSelect
              label={t('intake.submitter.gender')}
              data={genderOptions}
              classNames={marked('gender')}
              error={errors?.gender?.message}
              {...form.register('submitter.gender')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <TextInput
              label={t('intake.submitter.phone')}
              type="tel"
              inputMode="tel"
              autoComplete="off"
              error={errors?.phone?.message}
              {...form.register('submitter.phone')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <TextInput
              label={t('intake.submitter.address')}
              autoComplete="off"
              classNames={marked('address')}
              error={errors?.address?.message}
              {...form.register('submitter.address')}
            />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
