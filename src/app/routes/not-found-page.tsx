import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { homePath } from '../../lib/paths.ts';

/** Any unknown in-app address. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('errors.notFoundTitle')} · ${t('app.documentTitle')}`);
  return (
    <Container size="sm" py="xl">
      <Stack gap="md">
        <Title order={1}>{t('errors.notFoundTitle')}</Title>
        <Text>{t('errors.notFoundBody')}</Text>
        <div>
          <Button component={Link} to={homePath} leftSection={<IconArrowLeft size={18} aria-hidden />}>
            {t('errors.backToList')}
          </Button>
        </div>
      </Stack>
    </Container>
  );
}
