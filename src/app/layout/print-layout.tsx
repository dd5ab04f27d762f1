import { Outlet } from 'react-router';
import { RequireAuth } from '../../features/auth/components/require-auth.tsx';

/**
 * The route element of the print views: logged in, but outside the app shell, so the page
 * holds nothing but the toolbar and the sheet.
 */
export function PrintLayout() {
  return <RequireAuth>{() => <Outlet />}</RequireAuth>;
}
