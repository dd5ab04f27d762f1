import { Grid, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { genders } from '../../../domain/gender.ts';
import type { CardField } from '../utils/card-fill.ts';
import type { IntakeForm } from '../utils/intake-form-values.ts';
import classes from './intake-form.module.css';

export interface ApplicantFieldsProps {
  form: IntakeForm;
  /** Fields the last card scan filled: marked until the next scan. */
  fromCard: ReadonlySet<CardField>;
}

/** The applicant (chủ hồ sơ), validated by the API's own ApplicantInput schema. */
export function ApplicantFields({ form, fromCard }: ApplicantFieldsProps) {
  const { t } = useTranslation();
  const errors = form.formState.errors.applicant;
  const marked = (field: CardField) => (fromCard.has(field) ? { input: classes.fromCard } : undefined);
  const genderOptions = [{ value: '', label: t('intake.applicant.genderNone') }, ...genders.map((value) => ({ value, label: t(`gender.${value}`) }))];
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <TextInput
          label={t('intake.applicant.name')}
          required
          autoComplete="off"
          classNames={marked('name')}
          error={errors?.name?.message}
          {...form.register('applicant.name')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
        <TextInput
          label={t('intake.applicant.idNumber')}
          placeholder={t('intake.applicant.idNumberHint')}
          inputMode="numeric"
          autoComplete="off"
          classNames={marked('idNumber')}
          error={errors?.idNumber?.message}
          {...form.register('applicant.idNumber')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3, md: 3 }}>
        <TextInput
          type="date"
          label={t('intake.applicant.dateOfBirth')}
          autoComplete="off"
          classNames={marked('dateOfBirth')}
          error={errors?.dateOfBirth?.message}
          {...form.register('applicant.dateOfBirth')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3, md: 2 }}>
        <NativeSelect
          label={t('intake.applicant.gender')}
          data={genderOptions}
          classNames={marked('gender')}
          error={errors?.gender?.message}
          {...form.register('applicant.gender')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
        <TextInput
          label={t('intake.applicant.phone')}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          error={errors?.phone?.message}
          {...form.register('applicant.phone')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 6 }}>
        <TextInput
          label={t('intake.applicant.email')}
          type="email"
          autoComplete="off"
          error={errors?.email?.message}
          {...form.register('applicant.email')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput
          label={t('intake.applicant.address')}
          required
          autoComplete="off"
          classNames={marked('address')}
          error={errors?.address?.message}
          {...form.register('applicant.address')}
        />
      </Grid.Col>
    </Grid>
  );
}
