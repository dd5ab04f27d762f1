import { ActionIcon, Alert, Button, Fieldset, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequestCompletionInput } from '../../../domain/schemas/intake.ts';
import { applyApiError, applyValidationError, useZodForm } from '../../../lib/form.ts';
import { printPaths } from '../../../lib/paths.ts';
import { useCreateIntakeSlip } from '../api/create-intake-slip.ts';
import { buildSlipRequest, type SlipBase } from '../utils/slip-request.ts';

export interface GuidanceSlipFormProps {
  base: SlipBase;
  missing: readonly string[];
  onCancel: () => void;
}

/**
 * The guidance slip's form (dialog body): prefilled with the missing papers and a default
 * reason; on success, the printed slip. Mounted afresh each time the dialog opens.
 */
export function GuidanceSlipForm({ base, missing, onCancel }: GuidanceSlipFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createSlip = useCreateIntakeSlip();
  const form = useZodForm(RequestCompletionInput, {
    defaultValues: { items: missing.map((name) => ({ name, note: '' })), reason: t('intake.guidance.defaultReason') },
  });
  const items = useFieldArray({ control: form.control, name: 'items' });
  const { errors } = form.formState;

  const submit = form.handleSubmit((values) => {
    const request = buildSlipRequest(base, { kind: 'guidance', items: values.items, reason: values.reason });
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
        <Text size="sm">{t('intake.guidance.intro')}</Text>
        <Fieldset variant="unstyled" legend={<Text span fw={600}>{t('intake.guidance.items')}</Text>}>
          <Stack gap="xs">
            {items.fields.map((item, index) => (
              <Group key={item.id} align="flex-start" gap="xs" wrap="nowrap">
                <Text fw={600} w={24} pt={6} ta="right" aria-hidden>
                  {index + 1}.
                </Text>
                <Stack gap={4} style={{ flex: 1 }}>
                  <TextInput
                    aria-label={t('intake.guidance.itemName', { index: index + 1 })}
                    error={errors.items?.[index]?.name?.message}
                    {...form.register(`items.${index}.name`)}
                  />
                  <TextInput
                    size="xs"
                    aria-label={t('intake.guidance.itemNote', { index: index + 1 })}
                    placeholder={t('intake.guidance.itemNotePlaceholder')}
                    // The papers are listed already: the officer adds what to fix to the first one.
                    data-autofocus={index === 0 || undefined}
                    error={errors.items?.[index]?.note?.message}
                    {...form.register(`items.${index}.note`)}
                  />
                </Stack>
                <ActionIcon
                  size="lg"
                  color="red"
                  aria-label={t('intake.guidance.removeItem', { index: index + 1 })}
                  onClick={() => items.remove(index)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            {errors.items?.root?.message && (
              <Text size="sm" c="var(--mantine-color-error)" role="alert">
                {errors.items.root.message}
              </Text>
            )}
            {errors.items?.message && (
              <Text size="sm" c="var(--mantine-color-error)" role="alert">
                {errors.items.message}
              </Text>
            )}
            <div>
              <Button variant="subtle" size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => items.append({ name: '', note: '' })}>
                {t('intake.guidance.addItem')}
              </Button>
            </div>
          </Stack>
        </Fieldset>
        <Textarea label={t('intake.guidance.reason')} required rows={2} error={errors.reason?.message} {...form.register('reason')} />
        {errors.root?.server && (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert" title={t('intake.slipFailed')}>
            {errors.root.server.message}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={createSlip.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={createSlip.isPending} loaderProps={{ 'aria-label': t('intake.guidance.submitting') }}>
            {t('intake.guidance.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
