// zod's messages become codes before any page behind the login validates (see zod-locale.ts);
// the login page loads it with its schema, the print views in their layout.
import '../../domain/schemas/zod-locale.ts';
import { RequireAuth } from '../../features/auth/components/require-auth.tsx';
import { AppFrame } from './app-frame.tsx';

/** The route element of everything behind the login. */
export function AppLayout() {
  return <RequireAuth>{(user) => <AppFrame user={user} />}</RequireAuth>;
}
