import { Grid, Stack, Switch, TextInput } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { emptySubmitter, type IntakeForm } from '../utils/intake-form-values.ts';

export interface SubmitterFieldsProps {
  form: IntakeForm;
}

/**
 * "Người nộp khác chủ hồ sơ": off, the applicant submitted in person and `submitter` is
 * null; on, the submitter's name (required) and contact appear.
 */
export function SubmitterFields({ form }: SubmitterFieldsProps) {
  const { t } = useTranslation();
  const submitter = useWatch({ control: form.control, name: 'submitter' });
  const enabled = submitter !== null && submitter !== undefined;
  const errors = form.formState.errors.submitter;

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
    <Stack gap="sm">
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
              error={errors?.name?.message}
              {...form.register('submitter.name')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
            <TextInput
              label={t('intake.submitter.idNumber')}
              inputMode="numeric"
              autoComplete="off"
              error={errors?.idNumber?.message}
              {...form.register('submitter.idNumber')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
            <TextInput
              label={t('intake.submitter.phone')}
              type="tel"
              inputMode="tel"
              autoComplete="off"
              error={errors?.phone?.message}
              {...form.register('submitter.phone')}
            />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
