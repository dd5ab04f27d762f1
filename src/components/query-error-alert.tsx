import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface QueryErrorAlertProps {
  /** What failed, e.g. "Không tải được danh sách hồ sơ." */
  title: string;
  /** The failure; its message (the API's, in the UI's language) is shown under the title. */
  error: Error | null;
  /** Called by the retry button; leave out to show no button. */
  onRetry?: () => void;
  /** True while the retry is running. */
  retrying?: boolean;
}

/** A query's error, shown inline where its data would be, with a way to try again. */
export function QueryErrorAlert({ title, error, onRetry, retrying = false }: QueryErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Group justify="space-between" align="center" gap="sm">
        <Text size="sm">{error?.message || t('common.unknownError')}</Text>
        {onRetry && (
          <Button
            variant="white"
            color="red"
            size="xs"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={onRetry}
            loading={retrying}
          >
            {t('common.retry')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
