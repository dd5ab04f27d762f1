import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dossierListPath } from '../lib/paths.ts';

export interface AccessDeniedProps {
  /** "Bạn không có quyền xem …" */
  title: string;
  /** Who the screen is for. */
  body: string;
  /** The API's own message, when it said more. */
  detail?: string;
}

/**
 * Shown where a screen's data would be when the API answers 403: the officer reached a
 * screen of another role (a shared link, a bookmark) and learns why and where to go.
 */
export function AccessDenied({ title, body, detail }: AccessDeniedProps) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={title} icon={<IconLock aria-hidden />} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{body}</Text>
        {detail && detail !== body && (
          <Text size="sm" c="dimmed">
            {detail}
          </Text>
        )}
        <Button component={Link} to={dossierListPath()} variant="default" size="xs">
          {t('errors.backToList')}
        </Button>
      </Stack>
    </Alert>
  );
}
