import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RefuseInput } from '../../../domain/schemas/intake.ts';
import { applyApiError, applyValidationError, useZodForm } from '../../../lib/form.ts';
import { printPaths } from '../../../lib/paths.ts';
import { useCreateIntakeSlip } from '../api/create-intake-slip.ts';
import { buildSlipRequest, type SlipBase } from '../utils/slip-request.ts';

export interface RefusalSlipFormProps {
  base: SlipBase;
  onCancel: () => void;
}

/** The refusal's form (dialog body): the reason; on success, the printed slip. */
export function RefusalSlipForm({ base, onCancel }: RefusalSlipFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createSlip = useCreateIntakeSlip();
  const form = useZodForm(RefuseInput, { defaultValues: { reason: '' } });
  const { errors } = form.formState;

  const submit = form.handleSubmit((values) => {
    const request = buildSlipRequest(base, { kind: 'refusal', reason: values.reason });
    if (!request.success) {
      applyValidationError(form, request.error);
      return;
    }
    createSlip.mutate(request.data, {
      onSuccess: (slip) => void navigate(printPaths.intakeSlip(slip.id)),
      onError: (error) => applyApiError(form, error),
    });
  });

  useHotkeys([['mod+Enter', () => void submit()]], []);

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('intake.refusal.intro')}</Text>
        <Textarea
          label={t('intake.refusal.reason')}
          required
          rows={3}
          // The dialog exists to take this one answer.
          // oxlint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          error={errors.reason?.message}
          {...form.register('reason')}
        />
        {errors.root?.server && (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert" title={t('intake.slipFailed')}>
            {errors.root.server.message}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={createSlip.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red.8" loading={createSlip.isPending} loaderProps={{ 'aria-label': t('intake.refusal.submitting') }}>
            {t('intake.refusal.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
