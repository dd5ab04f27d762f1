import { Button, Group, Select, SimpleGrid, Switch, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../../../components/dialog-form.tsx';
import { FormDialog } from '../../../../components/form-dialog.tsx';
import { WrappingBadge } from '../../../../components/wrapping-badge.tsx';
import { UnitInput, type AdminUnit } from '../../../../domain/schemas/admin-catalogue.ts';
import { useZodForm } from '../../../../lib/form.ts';
import { useAdminUnits, useDeleteUnit, useSaveUnit } from '../../api/directory.ts';
import { useAdminSave } from '../../hooks/use-admin-save.ts';
import { AdminPage, LoadError, StaleAlert } from '../admin-page.tsx';
import { ConfirmDialog } from '../confirm-dialog.tsx';
import { TableSkeleton } from '../table-skeleton.tsx';

/** /quan-tri/don-vi: the centre, its departments and outside authorities. */
export function UnitsPage() {
  const { t } = useTranslation();
  const units = useAdminUnits();
  const remove = useDeleteUnit();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const editing = editingId === 'new' ? 'new' : (units.data?.find((unit) => unit.id === editingId) ?? null);
  const deleting = units.data?.find((unit) => unit.id === deletingId) ?? null;

  function confirmDelete(unit: AdminUnit) {
    remove.mutate(unit, {
      onSuccess: () => {
        notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.units.deleted', { name: unit.name }) });
        setDeletingId(null);
      },
      onError: (error) => notifications.show({ color: 'red', title: t('admin.common.loadFailed'), message: error.message }),
    });
  }

  function content() {
    if (units.isError && !units.data) return <LoadError error={units.error} onRetry={() => void units.refetch()} retrying={units.isFetching} />;
    if (!units.data) return <TableSkeleton />;
    return (
      <Table.ScrollContainer minWidth={860}>
        <Table striped highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.units.name')}</Table.Th>
              <Table.Th scope="col">{t('admin.units.code')}</Table.Th>
              <Table.Th scope="col">{t('admin.units.kind')}</Table.Th>
              <Table.Th scope="col">{t('admin.units.phone')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('admin.units.users')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('admin.units.openDossiers')}
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
            {units.data.map((unit) => (
              <Table.Tr key={unit.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {unit.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {unit.shortName}
                    {unit.address && ` · ${unit.address}`}
                  </Text>
                </Table.Td>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {unit.code}
                </Table.Td>
                <Table.Td>{t(`admin.units.kinds.${unit.kind}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{unit.phone}</Table.Td>
                <Table.Td ta="right">{unit.activeUserCount}</Table.Td>
                <Table.Td ta="right">{unit.openDossierCount}</Table.Td>
                <Table.Td>
                  <WrappingBadge variant="light" color={unit.active ? 'teal' : 'gray'}>
                    {unit.active ? t('admin.common.active') : t('admin.common.inactive')}
                  </WrappingBadge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="subtle" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditingId(unit.id)} aria-label={t('admin.common.editItem', { name: unit.name })}>
                      {t('admin.common.edit')}
                    </Button>
                    {!unit.inUse && unit.kind !== 'centre' && (
                      <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDeletingId(unit.id)} aria-label={t('admin.common.deleteItem', { name: unit.name })}>
                        {t('admin.common.delete')}
                      </Button>
                    )}
                  </Group>
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
      title={t('admin.units.title')}
      subtitle={t('admin.units.subtitle')}
      actions={
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditingId('new')}>
          {t('admin.units.add')}
        </Button>
      }
    >
      {content()}
      <FormDialog
        opened={editing !== null}
        onClose={() => setEditingId(null)}
        title={editing === 'new' ? t('admin.units.newTitle') : editing ? t('admin.units.editTitle', { name: editing.name }) : ''}
      >
        {editing !== null && <UnitForm unit={editing === 'new' ? null : editing} onDone={() => setEditingId(null)} onReload={() => void units.refetch()} />}
      </FormDialog>
      <ConfirmDialog
        opened={deleting !== null}
        title={deleting ? t('admin.units.deleteTitle', { name: deleting.name }) : ''}
        body={t('admin.units.deleteBody')}
        confirm={t('admin.common.delete')}
        danger
        pending={remove.isPending}
        onConfirm={() => deleting && confirmDelete(deleting)}
        onClose={() => setDeletingId(null)}
      />
    </AdminPage>
  );
}

/** A unit's details (the body of its dialog); `onDone` once saved. */
function UnitForm({ unit, onDone, onReload }: { unit: AdminUnit | null; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const save = useSaveUnit();
  const form = useZodForm(UnitInput, {
    defaultValues: {
      code: unit?.code ?? '',
      name: unit?.name ?? '',
      shortName: unit?.shortName ?? '',
      kind: unit?.kind ?? 'department',
      address: unit?.address ?? '',
      phone: unit?.phone ?? '',
      active: unit?.active ?? true,
    },
  });
  const { stale, run } = useAdminSave(form, onReload);
  const { errors, isSubmitting, isDirty } = form.formState;
  const centre = unit?.kind === 'centre';
  const submit = form.handleSubmit(async (values) => {
    const saved = await run(() => save.mutateAsync({ ...values, id: unit?.id, version: unit?.version }));
    if (!saved) return;
    notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.units.saved', { name: saved.name }) });
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
      {centre && (
        <Text size="sm" c="dimmed">
          {t('admin.units.centreHint')}
        </Text>
      )}
      <TextInput label={t('admin.units.name')} required error={errors.name?.message} data-autofocus {...form.register('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('admin.units.shortName')} required error={errors.shortName?.message} {...form.register('shortName')} />
        <TextInput label={t('admin.units.code')} description={t('admin.units.codeHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} required error={errors.code?.message} {...form.register('code')} />
      </SimpleGrid>
      <Controller
        control={form.control}
        name="kind"
        render={({ field, fieldState }) => (
          <Select
            label={t('admin.units.kind')}
            data={(centre ? (['centre'] as const) : (['department', 'external'] as const)).map((kind) => ({ value: kind, label: t(`admin.units.kinds.${kind}`) }))}
            value={field.value}
            onChange={(value) => field.onChange(value ?? field.value)}
            allowDeselect={false}
            disabled={centre}
            error={fieldState.error?.message}
          />
        )}
      />
      <TextInput label={t('admin.units.address')} error={errors.address?.message} {...form.register('address')} />
      <TextInput label={t('admin.units.phone')} error={errors.phone?.message} {...form.register('phone')} />
      {!centre && (
        <Controller
          control={form.control}
          name="active"
          render={({ field }) => (
            <Switch
              label={t('admin.common.activeLabel')}
              description={unit?.inUse ? t('admin.units.inUseHint') : undefined}
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
            />
          )}
        />
      )}
      {stale && <StaleAlert />}
    </DialogForm>
  );
}
