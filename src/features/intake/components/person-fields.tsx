import { Grid, NativeSelect, TextInput } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LocalDateInput } from '../../../components/local-date-input.tsx';
import { genders } from '../../../domain/gender.ts';
import type { CardField } from '../utils/card-fill.ts';
import type { IntakeForm } from '../utils/intake-form-values.ts';
import classes from './intake-form.module.css';

export interface PersonFieldsProps {
  form: IntakeForm;
  /** The applicant (chủ hồ sơ: address required, an e-mail) or the one who submits for them. */
  who: 'applicant' | 'submitter';
  /** Fields the last card scan filled: marked until the next scan. */
  fromCard: ReadonlySet<CardField>;
}

/** A person as the ID card gives them, plus how to reach them; validated by the API's own schemas. */
export function PersonFields({ form, who, fromCard }: PersonFieldsProps) {
  const { t } = useTranslation();
  const errors = form.formState.errors[who];
  const marked = (field: CardField) => (fromCard.has(field) ? { input: classes.fromCard } : undefined);
  const genderOptions = [{ value: '', label: t('intake.applicant.genderNone') }, ...genders.map((value) => ({ value, label: t(`gender.${value}`) }))];
  const applicant = who === 'applicant';
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <TextInput label={t(`intake.${who}.name`)} required autoComplete="off" classNames={marked('name')} error={errors?.name?.message} {...form.register(`${who}.name`)} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
        <TextInput
          label={t(`intake.${who}.idNumber`)}
          placeholder={applicant ? t('intake.applicant.idNumberHint') : undefined}
          inputMode="numeric"
          autoComplete="off"
          classNames={marked('idNumber')}
          error={errors?.idNumber?.message}
          {...form.register(`${who}.idNumber`)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3, md: 3 }}>
        <Controller
          control={form.control}
          name={`${who}.dateOfBirth`}
          render={({ field }) => (
            // Typed as dd/mm/yyyy like every date of the app; a card scan fills it too.
            <LocalDateInput
              label={t(`intake.${who}.dateOfBirth`)}
              autoComplete="off"
              leftSection={null}
              classNames={marked('dateOfBirth')}
              error={errors?.dateOfBirth?.message}
              value={typeof field.value === 'string' ? field.value : null}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              ref={field.ref}
            />
          )}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3, md: 2 }}>
        <NativeSelect label={t(`intake.${who}.gender`)} data={genderOptions} classNames={marked('gender')} error={errors?.gender?.message} {...form.register(`${who}.gender`)} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
        <TextInput label={t(`intake.${who}.phone`)} type="tel" inputMode="tel" autoComplete="off" error={errors?.phone?.message} {...form.register(`${who}.phone`)} />
      </Grid.Col>
      {applicant && (
        <Grid.Col span={{ base: 12, sm: 6, md: 6 }}>
          <TextInput label={t('intake.applicant.email')} type="email" autoComplete="off" error={form.formState.errors.applicant?.email?.message} {...form.register('applicant.email')} />
        </Grid.Col>
      )}
      <Grid.Col span={applicant ? 12 : { base: 12, md: 6 }}>
        <TextInput
          label={t(`intake.${who}.address`)}
          required={applicant}
          autoComplete="off"
          classNames={marked('address')}
          error={errors?.address?.message}
          {...form.register(`${who}.address`)}
        />
      </Grid.Col>
    </Grid>
  );
}
