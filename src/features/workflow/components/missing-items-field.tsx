import { ActionIcon, Button, Chip, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { RequestSupplementInput } from '../../../domain/schemas/intake.ts';

/** The values of a completion or supplement request form (see MissingItemsForm). */
export type MissingItemsValues = z.input<typeof RequestSupplementInput>;

export interface MissingItemsFieldProps {
  control: Control<MissingItemsValues>;
  register: UseFormRegister<MissingItemsValues>;
  errors: FieldErrors<MissingItemsValues>;
  /** Checklist items not handed in: one click adds one to the list. */
  suggestions: string[];
}

/** The table of documents to add or fix (form 02): name and what is wrong with it, one per row. */
export function MissingItemsField({ control, register, errors, suggestions }: MissingItemsFieldProps) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'items' });
  const listError = errors.items?.message ?? errors.items?.root?.message;
  return (
    <Fieldset legend={t('workflow.items.legend')} variant="unstyled">
      <Stack gap="sm">
        {suggestions.length > 0 && (
          <div>
            <Text size="sm" c="dimmed" mb={6}>
              {t('workflow.items.suggestions')}
            </Text>
            <Group gap={6}>
              {suggestions.map((name) => (
                <Chip key={name} size="sm" checked={false} onChange={() => append({ name, note: '' })} icon={<IconPlus size={14} aria-hidden />}>
                  {name}
                </Chip>
              ))}
            </Group>
          </div>
        )}
        {fields.map((item, index) => (
          <Group key={item.id} align="flex-start" gap="sm" wrap="nowrap">
            <Text size="sm" fw={600} pt={30} w={20} ta="right" aria-hidden>
              {index + 1}.
            </Text>
            <Stack gap={6} style={{ flex: 1 }}>
              <TextInput
                label={t('workflow.items.name', { index: index + 1 })}
                required
                error={errors.items?.[index]?.name?.message}
                {...register(`items.${index}.name`)}
              />
              <TextInput
                label={t('workflow.items.note', { index: index + 1 })}
                error={errors.items?.[index]?.note?.message}
                {...register(`items.${index}.note`)}
              />
            </Stack>
            <ActionIcon
              mt={28}
              color="red"
              size="lg"
              onClick={() => remove(index)}
              disabled={fields.length === 1}
              aria-label={t('workflow.items.remove', { index: index + 1 })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {listError && (
          <Text size="sm" c="red" role="alert">
            {listError}
          </Text>
        )}
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => append({ name: '', note: '' })}>
            {t('workflow.items.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
