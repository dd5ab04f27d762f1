import { Outlet } from 'react-router';
import { RequireAuth } from '../../features/auth/components/require-auth.tsx';

/**
 * The route element of the counter tablet: the desk officer's session, outside the app
 * shell, so the applicant sees nothing but the rating screen.
 */
export function CounterLayout() {
  return <RequireAuth>{() => <Outlet />}</RequireAuth>;
}
