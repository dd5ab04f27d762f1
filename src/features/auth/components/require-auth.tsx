import { Center } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../domain/schemas/auth.ts';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { QueryErrorAlert } from '../../../components/query-error-alert.tsx';
import { useCurrentUser } from '../api/get-current-user.ts';

export interface RequireAuthProps {
  /** Rendered once the logged-in user is known. */
  children: (user: CurrentUser) => ReactNode;
}

/**
 * Guards the logged-in part of the app. It does not redirect by itself: a 401 from
 * /api/auth/me is handled like every other 401 (app/query-client.ts), so this only waits.
 */
export function RequireAuth({ children }: RequireAuthProps) {
  const { t } = useTranslation();
  const currentUser = useCurrentUser();
  if (currentUser.data) return children(currentUser.data);
  if (currentUser.isError && !currentUser.error.isUnauthorized) {
    return (
      <Center mih="60vh" p="md">
        <QueryErrorAlert
          title={t('auth.checkingSession')}
          error={currentUser.error}
          onRetry={() => void currentUser.refetch()}
          retrying={currentUser.isFetching}
        />
      </Center>
    );
  }
  return <FullPageLoader label={t('auth.checkingSession')} />;
}
