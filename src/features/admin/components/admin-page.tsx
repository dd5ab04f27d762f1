import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AccessDenied } from '../../../components/access-denied.tsx';
import { QueryErrorAlert } from '../../../components/query-error-alert.tsx';
import type { ApiError } from '../../../lib/api-client.ts';

export interface AdminPageProps {
  title: string;
  subtitle?: string;
  /** Buttons on the right of the title. */
  actions?: ReactNode;
  children: ReactNode;
}

/** The frame of every administration screen: title, what it is for, its main buttons. */
export function AdminPage({ title, subtitle, actions, children }: AdminPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.documentTitle')}`);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <div style={{ flex: '1 1 28rem', minWidth: 0 }}>
          <Title order={1}>{title}</Title>
          {subtitle && (
            <Text c="dimmed" size="sm" maw={820}>
              {subtitle}
            </Text>
          )}
        </div>
        {actions && (
          <Group gap="sm" wrap="wrap">
            {actions}
          </Group>
        )}
      </Group>
      {children}
    </Stack>
  );
}

export interface LoadStateProps {
  error: ApiError | null;
  onRetry: () => void;
  retrying: boolean;
}

/** Where a screen's data would be when it failed to load: the 403 of another role, or the error with a retry. */
export function LoadError({ error, onRetry, retrying }: LoadStateProps) {
  const { t } = useTranslation();
  if (error?.status === 403) return <AccessDenied title={t('admin.common.forbiddenTitle')} body={t('admin.common.forbiddenBody')} detail={error.message} />;
  return <QueryErrorAlert title={t('admin.common.loadFailed')} error={error} onRetry={onRetry} retrying={retrying} />;
}

/** Someone else saved first: the data is reloaded and the form keeps what was typed. */
export function StaleAlert({ onReload }: { onReload?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" role="alert" icon={<IconRefresh aria-hidden />} title={t('admin.common.staleTitle')}>
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('admin.common.staleBody')}</Text>
        {onReload && (
          <Button size="xs" variant="white" color="orange" onClick={onReload}>
            {t('admin.common.reload')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}

/** The form's own error (no single field): above the buttons. */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />}>
      {message}
    </Alert>
  );
}
