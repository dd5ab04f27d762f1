import type { DossierStatus } from '../../domain/dossier-status.ts';
import { singleStatusOf, type QueueKey } from '../../domain/queues.ts';
import { useCurrentUser } from '../../features/auth/api/get-current-user.ts';
import { DossierListPage } from '../../features/dossiers/components/dossier-list-page.tsx';
import { useQueueTools } from '../../features/workflow/hooks/use-queue-tools.tsx';
import { DossierCacheProvider } from '../dossier-cache-provider.tsx';

/** /ho-so — the dossier list with the workflow's tools on the user's work queues (row actions, bulk). */
export function DossierListRoute() {
  // Loaded by the shell before any page renders (RequireAuth).
  const user = useCurrentUser().data;
  const statusTools = useQueueTools(user);
  const queueTools = (statuses: readonly DossierStatus[], queue: QueueKey | undefined) => {
    // A queue whose rows are all in one status gets that status's tools: the navigation
    // links to queues, the workflow knows statuses.
    const queueStatus = queue && singleStatusOf(queue);
    return statusTools(statuses.length === 0 && queueStatus ? [queueStatus] : statuses);
  };
  return (
    <DossierCacheProvider>
      <DossierListPage queueTools={queueTools} />
    </DossierCacheProvider>
  );
}
