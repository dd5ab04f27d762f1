import { Center } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { CurrentUser } from '../../../domain/schemas/auth.ts';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { QueryErrorAlert } from '../../../components/query-error-alert.tsx';
import { useCurrentUser } from '../api/get-current-user.ts';
import { changePasswordPath, routePatterns } from '../../../lib/paths.ts';

export interface RequireAuthProps {
  /** Rendered once the logged-in user is known. */
  children: (user: CurrentUser) => ReactNode;
}

/**
 * Guards the logged-in part of the app. A 401 from /api/auth/me is handled like every
 * other 401 (app/query-client.ts), so this only waits; a user who must choose a new
 * password (first administrator, or asked by an administrator) sees nothing else first.
 */
export function RequireAuth({ children }: RequireAuthProps) {
  const { t } = useTranslation();
  const currentUser = useCurrentUser();
  const { pathname, search } = useLocation();
  if (currentUser.data?.mustChangePassword && pathname !== routePatterns.changePassword) {
    return <Navigate to={changePasswordPath(`${pathname}${search}`)} replace />;
  }
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
