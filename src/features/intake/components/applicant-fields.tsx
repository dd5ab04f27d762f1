import { Grid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntakeForm } from '../utils/intake-form-values.ts';

export interface ApplicantFieldsProps {
  form: IntakeForm;
}

/** The applicant (chủ hồ sơ), validated by the API's own ApplicantInput schema. */
export function ApplicantFields({ form }: ApplicantFieldsProps) {
  const { t } = useTranslation();
  const errors = form.formState.errors.applicant;
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <TextInput
          label={t('intake.applicant.name')}
          required
          autoComplete="off"
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
          error={errors?.idNumber?.message}
          {...form.register('applicant.idNumber')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
        <TextInput
          label={t('intake.applicant.phone')}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          error={errors?.phone?.message}
          {...form.register('applicant.phone')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <TextInput
          label={t('intake.applicant.email')}
          type="email"
          autoComplete="off"
          error={errors?.email?.message}
          {...form.register('applicant.email')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <TextInput
          label={t('intake.applicant.address')}
          required
          autoComplete="off"
          error={errors?.address?.message}
          {...form.register('applicant.address')}
        />
      </Grid.Col>
    </Grid>
  );
}
