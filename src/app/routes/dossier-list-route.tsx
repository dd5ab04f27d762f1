import { useCurrentUser } from '../../features/auth/api/get-current-user.ts';
import { DossierListPage } from '../../features/dossiers/components/dossier-list-page.tsx';
import { useQueueTools } from '../../features/workflow/hooks/use-queue-tools.tsx';
import { DossierCacheProvider } from '../dossier-cache-provider.tsx';

/** /ho-so — the dossier list with the workflow's tools on the user's work queues (row actions, bulk). */
export function DossierListRoute() {
  // Loaded by the shell before any page renders (RequireAuth).
  const user = useCurrentUser().data;
  const queueTools = useQueueTools(user);
  return (
    <DossierCacheProvider>
      <DossierListPage queueTools={queueTools} />
    </DossierCacheProvider>
  );
}
