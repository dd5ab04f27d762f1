import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changePasswordForm, type CurrentUser } from '../../../domain/schemas/auth.ts';
import { PASSWORD_MIN_LENGTH } from '../../../domain/password-policy.ts';
import { applyApiError, useZodForm } from '../../../lib/form.ts';
import { useChangePassword } from '../api/change-password.ts';

export interface ChangePasswordFormProps {
  user: CurrentUser;
  onChanged: (user: CurrentUser) => void;
  /** Shown beside the submit button (a way back, or out). */
  secondaryAction?: ReactNode;
}

/** Current password, new password twice; checked by the same rules as the API, which adds the common-password list. */
export function ChangePasswordForm({ user, onChanged, secondaryAction }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const form = useZodForm(changePasswordForm(user.username), { defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' } });
  const changePassword = useChangePassword();
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(({ currentPassword, newPassword }) =>
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: onChanged,
        onError: (error) => applyApiError(form, error),
      },
    ),
  );

  // Mantine 9's PasswordInput marks its inner input only with data-invalid.
  const field = (name: 'currentPassword' | 'newPassword' | 'confirmPassword', autoComplete: string) => ({
    label: t(`account.changePassword.${name}`),
    autoComplete,
    required: true,
    error: errors[name]?.message,
    'aria-invalid': errors[name] ? true : undefined,
    ...form.register(name),
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="md">
        {/* The username travels with the form so password managers file the new password under it. */}
        <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
        <PasswordInput
          {...field('currentPassword', 'current-password')}
          // The page has one job and this is its first field.
          // oxlint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
        />
        <PasswordInput {...field('newPassword', 'new-password')} description={t('account.changePassword.rules', { min: PASSWORD_MIN_LENGTH })} />
        <PasswordInput {...field('confirmPassword', 'new-password')} />
        <Text size="sm" c="dimmed">
          {t('account.changePassword.othersEnd')}
        </Text>
        {errors.root?.server && (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {errors.root.server.message}
          </Alert>
        )}
        <Group justify="space-between">
          {secondaryAction ?? <span />}
          <Button type="submit" loading={changePassword.isPending} loaderProps={{ 'aria-label': t('account.changePassword.submitting') }}>
            {t('account.changePassword.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
