import { ActionIcon, Button, Fieldset, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../../components/dialog-form.tsx';
import { RequestCompletionInput } from '../../../domain/schemas/intake.ts';
import { useZodForm } from '../../../lib/form.ts';
import { useSlipSubmit } from '../hooks/use-slip-submit.ts';
import type { SlipBase } from '../utils/slip-request.ts';

export interface GuidanceSlipFormProps {
  base: SlipBase;
  missing: readonly string[];
  /** The slip exists: open it for printing. */
  onCreated: (slipId: string) => void;
}

/**
 * The guidance slip's form (dialog body): prefilled with the missing papers and a default
 * reason; on success, the printed slip. Mounted afresh each time the dialog opens.
 */
export function GuidanceSlipForm({ base, missing, onCreated }: GuidanceSlipFormProps) {
  const { t } = useTranslation();
  const form = useZodForm(RequestCompletionInput, {
    defaultValues: { items: missing.map((name) => ({ name, note: '' })), reason: t('intake.guidance.defaultReason') },
  });
  const items = useFieldArray({ control: form.control, name: 'items' });
  const { errors } = form.formState;

  const slip = useSlipSubmit(form, base, ({ items: names, reason }) => ({ kind: 'guidance', items: names, reason }), onCreated);

  return (
    <DialogForm {...slip} submitLabel={t('intake.guidance.submit')} pendingLabel={t('intake.guidance.submitting')}>
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
    </DialogForm>
  );
}
