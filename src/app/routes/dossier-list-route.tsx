import type { DossierStatus } from '../../domain/dossier-status.ts';
import type { QueueKey } from '../../domain/queues.ts';
import { useCurrentUser } from '../../features/auth/api/get-current-user.ts';
import { DossierListPage } from '../../features/dossiers/components/dossier-list-page.tsx';
import { useQueueTools } from '../../features/workflow/hooks/use-queue-tools.tsx';
import { DossierCacheProvider } from '../dossier-cache-provider.tsx';

/**
 * Work queues that hold exactly one status (src/server/services/dossier-filters.ts) get
 * that status's tools: the navigation links to queues, the workflow knows statuses.
 */
const singleStatusQueues: Partial<Record<QueueKey, DossierStatus>> = {
  online_intake: 'awaiting_intake',
  awaiting_assignment: 'awaiting_assignment',
  awaiting_approval: 'awaiting_approval',
};

/** /ho-so — the dossier list with the workflow's tools on the user's work queues (row actions, bulk). */
export function DossierListRoute() {
  // Loaded by the shell before any page renders (RequireAuth).
  const user = useCurrentUser().data;
  const statusTools = useQueueTools(user);
  const queueTools = (statuses: readonly DossierStatus[], queue: QueueKey | undefined) => {
    const queueStatus = queue && singleStatusQueues[queue];
    return statusTools(statuses.length === 0 && queueStatus ? [queueStatus] : statuses);
  };
  return (
    <DossierCacheProvider>
      <DossierListPage queueTools={queueTools} />
    </DossierCacheProvider>
  );
}
