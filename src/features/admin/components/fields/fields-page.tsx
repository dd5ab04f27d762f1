import { Button, EmptyState, Switch, Table, TextInput, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCategory, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../../../components/dialog-form.tsx';
import { FormDialog } from '../../../../components/form-dialog.tsx';
import { WrappingBadge } from '../../../../components/wrapping-badge.tsx';
import { FieldInput, type AdminField } from '../../../../domain/schemas/admin-catalogue.ts';
import { useZodForm } from '../../../../lib/form.ts';
import { useAdminFields, useSaveField } from '../../api/directory.ts';
import { useAdminSave } from '../../hooks/use-admin-save.ts';
import { AdminPage, LoadError, StaleAlert } from '../admin-page.tsx';
import { TableSkeleton } from '../table-skeleton.tsx';

/** /quan-tri/linh-vuc: the fields procedures belong to. */
export function FieldsPage() {
  const { t } = useTranslation();
  const fields = useAdminFields();
  // null: closed; 'new': adding; an id: editing that field (read from the list, so a reload after a 409 brings its new version).
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = editingId === 'new' ? 'new' : (fields.data?.find((field) => field.id === editingId) ?? null);
  const setEditing = (value: AdminField | 'new' | null) => setEditingId(value === null ? null : value === 'new' ? 'new' : value.id);

  function content() {
    if (fields.isError && !fields.data) return <LoadError error={fields.error} onRetry={() => void fields.refetch()} retrying={fields.isFetching} />;
    if (!fields.data) return <TableSkeleton />;
    if (fields.data.length === 0) return <EmptyState py="xl" icon={<IconCategory size={40} aria-hidden />} withIndicatorBackground title={t('admin.fields.emptyTitle')} />;
    return (
      <Table.ScrollContainer minWidth={560}>
        <Table striped highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.fields.code')}</Table.Th>
              <Table.Th scope="col">{t('admin.fields.name')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('admin.fields.procedures')}
              </Table.Th>
              <Table.Th scope="col" miw={140}>
                {t('admin.procedures.status')}
              </Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('admin.common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.data.map((field) => (
              <Table.Tr key={field.id}>
                <Table.Td ff="monospace">{field.code}</Table.Td>
                <Table.Td>{field.name}</Table.Td>
                <Table.Td ta="right">{field.procedureCount}</Table.Td>
                <Table.Td>
                  <WrappingBadge variant="light" color={field.active ? 'teal' : 'gray'}>
                    {field.active ? t('admin.common.active') : t('admin.common.inactive')}
                  </WrappingBadge>
                </Table.Td>
                <Table.Td ta="right">
                  <Button size="xs" variant="subtle" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(field)} aria-label={t('admin.common.editItem', { name: field.name })}>
                    {t('admin.common.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <AdminPage
      title={t('admin.fields.title')}
      subtitle={t('admin.fields.subtitle')}
      actions={
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
          {t('admin.fields.add')}
        </Button>
      }
    >
      {content()}
      <FormDialog
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('admin.fields.newTitle') : editing ? t('admin.fields.editTitle', { name: editing.name }) : ''}
        size="md"
      >
        {editing !== null && <FieldForm field={editing === 'new' ? null : editing} onDone={() => setEditing(null)} onReload={() => void fields.refetch()} />}
      </FormDialog>
    </AdminPage>
  );
}

/** A field's code, name and whether it is in use (the body of its dialog); `onDone` once saved. */
function FieldForm({ field, onDone, onReload }: { field: AdminField | null; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const save = useSaveField();
  const form = useZodForm(FieldInput, { defaultValues: { code: field?.code ?? '', name: field?.name ?? '', active: field?.active ?? true } });
  const { stale, run } = useAdminSave(form, onReload);
  const { errors, isSubmitting, isDirty } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    const saved = await run(() => save.mutateAsync({ ...values, id: field?.id, version: field?.version }));
    if (!saved) return;
    notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.fields.saved', { name: saved.name }) });
    onDone();
  });
  return (
    <DialogForm
      onSubmit={(event) => void submit(event)}
      submitLabel={t('admin.common.save')}
      pending={isSubmitting}
      pendingLabel={t('admin.common.saving')}
      error={errors.root?.server?.message}
      dirty={isDirty}
    >
      <TextInput label={t('admin.fields.code')} required error={errors.code?.message} data-autofocus {...form.register('code')} />
      <TextInput label={t('admin.fields.name')} required error={errors.name?.message} {...form.register('name')} />
      <Controller
        control={form.control}
        name="active"
        render={({ field: input }) => (
          <Switch
            label={t('admin.common.activeLabel')}
            description={field && field.procedureCount > 0 ? t('admin.fields.deactivateHint') : undefined}
            checked={input.value}
            onChange={(event) => input.onChange(event.currentTarget.checked)}
          />
        )}
      />
      {stale && <StaleAlert />}
    </DialogForm>
  );
}
