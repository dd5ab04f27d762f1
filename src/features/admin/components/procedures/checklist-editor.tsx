import { ActionIcon, Button, Checkbox, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { documentForms } from '../../../../domain/channels.ts';
import type { ProcedureFormValues } from '../../utils/procedure-form.ts';

export interface ChecklistEditorProps {
  control: Control<ProcedureFormValues>;
  errors: FieldErrors<ProcedureFormValues>;
}

/** The checklist (thành phần hồ sơ): name, required, default form and count, in order. */
export function ChecklistEditor({ control, errors }: ChecklistEditorProps) {
  const { t } = useTranslation();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'documents' });
  return (
    <Stack gap="sm">
      {fields.map((field, index) => {
        const number = index + 1;
        const itemErrors = errors.documents?.[index];
        return (
          <Group key={field.id} gap="sm" align="flex-end" wrap="wrap" component="fieldset" style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }} aria-label={t('admin.procedures.fields.document', { number })}>
            <Controller
              control={control}
              name={`documents.${index}.name`}
              render={({ field: input }) => (
                <TextInput
                  label={t('admin.procedures.fields.document', { number })}
                  {...input}
                  value={input.value ?? ''}
                  error={itemErrors?.name?.message}
                  required
                  style={{ flex: '1 1 20rem' }}
                />
              )}
            />
            <Controller
              control={control}
              name={`documents.${index}.defaultForm`}
              render={({ field: input }) => (
                <Select
                  label={t('admin.procedures.fields.documentForm')}
                  data={documentForms.map((form) => ({ value: form, label: t(`documentForm.${form}`) }))}
                  value={input.value}
                  onChange={(value) => input.onChange(value ?? 'original')}
                  allowDeselect={false}
                  w={180}
                />
              )}
            />
            <Controller
              control={control}
              name={`documents.${index}.defaultCount`}
              render={({ field: input }) => (
                <NumberInput
                  label={t('admin.procedures.fields.documentCount')}
                  value={input.value}
                  onChange={(value) => input.onChange(typeof value === 'number' ? value : 1)}
                  min={1}
                  max={20}
                  allowDecimal={false}
                  error={itemErrors?.defaultCount?.message}
                  w={100}
                />
              )}
            />
            <Controller
              control={control}
              name={`documents.${index}.required`}
              render={({ field: input }) => (
                <Checkbox
                  label={t('admin.procedures.fields.documentRequired')}
                  checked={input.value}
                  onChange={(event) => input.onChange(event.currentTarget.checked)}
                  mb={8}
                  aria-label={`${t('admin.procedures.fields.documentRequired')}: ${t('admin.procedures.fields.document', { number })}`}
                />
              )}
            />
            <Group gap={4} mb={6}>
              <ActionIcon variant="subtle" disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={t('admin.procedures.fields.moveUp', { number })}>
                <IconArrowUp size={18} aria-hidden />
              </ActionIcon>
              <ActionIcon variant="subtle" disabled={index === fields.length - 1} onClick={() => move(index, index + 1)} aria-label={t('admin.procedures.fields.moveDown', { number })}>
                <IconArrowDown size={18} aria-hidden />
              </ActionIcon>
              <ActionIcon variant="subtle" color="red" disabled={fields.length === 1} onClick={() => remove(index)} aria-label={t('admin.procedures.fields.removeDocument', { number })}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          </Group>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => append({ name: '', required: true, defaultForm: 'original', defaultCount: 1 })}
        >
          {t('admin.procedures.fields.addDocument')}
        </Button>
      </Group>
    </Stack>
  );
}
