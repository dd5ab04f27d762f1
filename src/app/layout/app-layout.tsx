import { RequireAuth } from '../../features/auth/components/require-auth.tsx';
import { AppFrame } from './app-frame.tsx';

/** The route element of everything behind the login. */
export function AppLayout() {
  return <RequireAuth>{(user) => <AppFrame user={user} />}</RequireAuth>;
}
