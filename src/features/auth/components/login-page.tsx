import { Alert, Badge, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconBuildingCommunity, IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { safeNextPath } from '../../../lib/paths.ts';
import { useTrainingControls } from '../../../lib/training-context.ts';
import { LoginForm } from './login-form.tsx';

function sessionExpired(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { sessionExpired?: unknown }).sessionExpired === true;
}

/** /dang-nhap: after logging in, back to `next` (an in-app path) or the dossier list. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const training = useTrainingControls();
  useDocumentTitle(`${t('auth.title')} · ${t('app.documentTitle')}`);

  return (
    <Center component="main" mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
        <Stack gap="lg">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon size={44} radius="md" aria-hidden>
              <IconBuildingCommunity size={26} />
            </ThemeIcon>
            <div>
              <Text fw={700} size="lg">
                {t('app.productName')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('auth.subtitle')}
              </Text>
            </div>
          </Group>
          {training && (
            <Badge color="yellow.4" autoContrast c="dark.9" variant="filled" size="lg">
              {t('training.badge')}
            </Badge>
          )}
          <Title order={1} size="h2">
            {t('auth.title')}
          </Title>
          {sessionExpired(location.state) && (
            <Alert color="orange" icon={<IconClockExclamation aria-hidden />}>
              {t('auth.sessionExpired')}
            </Alert>
          )}
          <LoginForm onLoggedIn={() => void navigate(next, { replace: true })} />
        </Stack>
      </Paper>
    </Center>
  );
}
