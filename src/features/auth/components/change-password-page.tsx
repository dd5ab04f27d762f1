import { Alert, Button, Center, Paper, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconKey, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { loginPath, safeNextPath } from '../../../lib/paths.ts';
import { useLogout } from '../api/logout.ts';
import { ChangePasswordForm } from './change-password-form.tsx';
import { RequireAuth } from './require-auth.tsx';

/**
 * /doi-mat-khau: the user changes their own password, from the user menu or because they
 * must (the first administrator, or asked by an administrator); then back to `next`.
 * Outside the app shell, so a user who must change it sees nothing else first.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const logout = useLogout({ leave: () => navigate(loginPath(), { replace: true }) });
  useDocumentTitle(`${t('account.changePassword.title')} · ${t('app.documentTitle')}`);

  return (
    <RequireAuth>
      {(user) => (
        <Center component="main" mih="100vh" p="md" bg="gray.0">
          <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={460}>
            <Stack gap="lg">
              <Title order={1} size="h2">
                {user.mustChangePassword ? t('account.changePassword.forcedTitle') : t('account.changePassword.title')}
              </Title>
              {user.mustChangePassword && (
                <Alert color="blue" icon={<IconKey aria-hidden />}>
                  {t('account.changePassword.forcedBody')}
                </Alert>
              )}
              <ChangePasswordForm
                user={user}
                onChanged={() => {
                  notifications.show({ color: 'teal', message: t('account.changePassword.done') });
                  void navigate(next, { replace: true });
                }}
                secondaryAction={
                  user.mustChangePassword ? (
                    <Button variant="subtle" leftSection={<IconLogout size={16} aria-hidden />} loading={logout.isPending} onClick={() => logout.mutate()}>
                      {t('account.changePassword.logout')}
                    </Button>
                  ) : (
                    <Button variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => void navigate(next)}>
                      {t('account.changePassword.back')}
                    </Button>
                  )
                }
              />
            </Stack>
          </Paper>
        </Center>
      )}
    </RequireAuth>
  );
}
