import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LoginRequest } from '../../../domain/schemas/auth.ts';
import type { CurrentUser } from '../../../domain/schemas/auth.ts';
import { applyApiError, useZodForm } from '../../../lib/form.ts';
import { useLogin } from '../api/login.ts';

export interface LoginFormProps {
  onLoggedIn: (user: CurrentUser) => void;
}

/** Username and password, validated by the API's own LoginRequest schema. */
export function LoginForm({ onLoggedIn }: LoginFormProps) {
  const { t } = useTranslation();
  const form = useZodForm(LoginRequest, { defaultValues: { username: '', password: '' } });
  const login = useLogin();
  const [passwordVisible, { toggle: togglePassword }] = useDisclosure(false);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((credentials) =>
    login.mutate(credentials, {
      onSuccess: onLoggedIn,
      onError: (error) => applyApiError(form, error),
    }),
  );

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('auth.username')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          size="md"
          required
          // The page has one job and this is its first field: start typing at once.
          // oxlint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          error={errors.username?.message}
          {...form.register('username')}
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          size="md"
          required
          visible={passwordVisible}
          onVisibilityChange={togglePassword}
          visibilityToggleButtonProps={{ 'aria-label': passwordVisible ? t('auth.hidePassword') : t('auth.showPassword') }}
          error={errors.password?.message}
          // Mantine 9's PasswordInput marks its inner input only with data-invalid.
          aria-invalid={errors.password ? true : undefined}
          {...form.register('password')}
        />
        {errors.root?.server && (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {errors.root.server.message}
          </Alert>
        )}
        <Button type="submit" size="md" fullWidth loading={login.isPending} loaderProps={{ 'aria-label': t('auth.submitting') }}>
          {t('auth.submit')}
        </Button>
      </Stack>
    </form>
  );
}
