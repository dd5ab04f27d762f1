import { Alert, Button, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../../../components/dialog-form.tsx';
import { roleFitsUnit, roles } from '../../../../domain/roles.ts';
import { UserCreate, type AdminUser } from '../../../../domain/schemas/admin-users.ts';
import { isApiError } from '../../../../lib/api-client.ts';
import { foldedFilter } from '../../../../lib/folded-filter.ts';
import { useZodForm } from '../../../../lib/form.ts';
import { useAdminUnits } from '../../api/directory.ts';
import { useCreateUser, useUpdateUser } from '../../api/users.ts';
import { useAdminSave } from '../../hooks/use-admin-save.ts';
import { StaleAlert } from '../admin-page.tsx';

export interface UserFormProps {
  /** null: a new account. */
  user: AdminUser | null;
  onCreated?: (user: AdminUser, oneTimePassword: string) => void;
  onSaved?: () => void;
  /** The account still holds open dossiers: offer to hand them over. */
  onBlocked?: () => void;
  onReload?: () => void;
}

/** An account's details (the body of its dialog); the username is given once, at creation. */
export function UserForm({ user, onCreated, onSaved, onBlocked, onReload }: UserFormProps) {
  const { t } = useTranslation();
  const units = useAdminUnits();
  const create = useCreateUser();
  const update = useUpdateUser();
  const [blocked, setBlocked] = useState(false);
  const form = useZodForm(UserCreate, {
    defaultValues: {
      username: user?.username ?? '',
      fullName: user?.fullName ?? '',
      title: user?.title ?? '',
      role: user?.role ?? 'handler',
      unitId: user?.unitId ?? '',
      phone: user?.phone ?? '',
      email: user?.email ?? '',
    },
  });
  const { stale, run } = useAdminSave(form, onReload);
  const { errors, isSubmitting, isDirty } = form.formState;
  const role = form.watch('role');
  const unitOptions = (units.data ?? [])
    .filter((unit) => (unit.active && roleFitsUnit(role, unit.kind)) || unit.id === user?.unitId)
    .map((unit) => ({ value: unit.id, label: unit.name }));

  const submit = form.handleSubmit(async (values) => {
    setBlocked(false);
    if (!user) {
      const created = await run(() => create.mutateAsync(values));
      if (created) {
        notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.users.created', { username: created.user.username }) });
        onCreated?.(created.user, created.oneTimePassword);
      }
      return;
    }
    // The username is not edited.
    const { fullName, title, role: newRole, unitId, phone, email } = values;
    try {
      const saved = await update.mutateAsync({ fullName, title, role: newRole, unitId, phone, email, id: user.id, version: user.version });
      notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.users.saved', { username: saved.username }) });
      onSaved?.();
    } catch (error) {
      if (isApiError(error) && error.code === 'holds_dossiers') {
        setBlocked(true);
        return;
      }
      await run(() => Promise.reject(error));
    }
  });

  return (
    <DialogForm
      onSubmit={(event) => void submit(event)}
      submitLabel={user ? t('admin.common.save') : t('admin.users.add')}
      pending={isSubmitting}
      pendingLabel={t('admin.common.saving')}
      error={errors.root?.server?.message}
      dirty={isDirty}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('admin.users.username')}
          description={user ? undefined : t('admin.users.usernameHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          required
          disabled={!!user}
          autoComplete="off"
          error={errors.username?.message}
          data-autofocus={!user || undefined}
          {...form.register('username')}
        />
        <TextInput label={t('admin.users.fullName')} required error={errors.fullName?.message} data-autofocus={!!user || undefined} {...form.register('fullName')} />
      </SimpleGrid>
      <TextInput label={t('admin.users.jobTitle')} error={errors.title?.message} {...form.register('title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Controller
          control={form.control}
          name="role"
          render={({ field, fieldState }) => (
            <Select
              label={t('admin.users.role')}
              required
              data={roles.map((value) => ({ value, label: t(`role.${value}`) }))}
              value={field.value}
              onChange={(value) => {
                const next = roles.find((candidate) => candidate === value);
                if (next) field.onChange(next);
              }}
              allowDeselect={false}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="unitId"
          render={({ field, fieldState }) => (
            <Select
              label={t('admin.users.unit')}
              required
              data={unitOptions}
              searchable
              filter={foldedFilter}
              nothingFoundMessage={t('admin.common.nothingFound')}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('admin.users.phone')} type="tel" error={errors.phone?.message} {...form.register('phone')} />
        <TextInput label={t('admin.users.email')} type="email" error={errors.email?.message} {...form.register('email')} />
      </SimpleGrid>
      {blocked && (
        <Alert color="orange" role="alert" icon={<IconAlertTriangle aria-hidden />} title={t('admin.users.blockedTitle')}>
          <Stack gap="xs" align="flex-start">
            {t('admin.users.heldIntro')}
            <Button size="xs" variant="white" color="orange" onClick={onBlocked}>
              {t('admin.users.transfer')}
            </Button>
          </Stack>
        </Alert>
      )}
      {stale && <StaleAlert />}
    </DialogForm>
  );
}
