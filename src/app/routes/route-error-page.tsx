import { Button, Code, Container, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { homePath } from '../../lib/paths.ts';

/**
 * The error element of every route: a sentence in Vietnamese and two ways out, instead of
 * React Router's developer screen. Inside the app shell it replaces only the page.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : '';
  return (
    <Container size="sm" py="xl" component="section" aria-labelledby="route-error-title">
      <Stack gap="md">
        <Title order={1} id="route-error-title">
          {notFound ? t('errors.notFoundTitle') : t('errors.pageTitle')}
        </Title>
        <Text>{notFound ? t('errors.notFoundBody') : t('errors.pageBody')}</Text>
        {!notFound && detail && (
          <Text size="sm" c="dimmed">
            {t('errors.details')}: <Code>{detail}</Code>
          </Text>
        )}
        <Group>
          <Button component={Link} to={homePath} leftSection={<IconArrowLeft size={18} aria-hidden />}>
            {t('errors.backToList')}
          </Button>
          <Button variant="default" leftSection={<IconRefresh size={18} aria-hidden />} onClick={() => window.location.reload()}>
            {t('errors.reload')}
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}
