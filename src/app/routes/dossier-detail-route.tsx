import { useCurrentUser } from '../../features/auth/api/get-current-user.ts';
import { DossierDetailPage } from '../../features/dossiers/components/dossier-detail-page.tsx';
import { AttachmentsPanel } from '../../features/workflow/components/attachments-panel.tsx';
import { ControlSlipCard } from '../../features/workflow/components/control-slip-card.tsx';
import { DossierActionBar } from '../../features/workflow/components/dossier-action-bar.tsx';
import { NotificationsCard } from '../../features/workflow/components/notifications-card.tsx';
import { FeesCard } from '../../features/workflow/components/fees-card.tsx';
import { RatingCard } from '../../features/workflow/components/rating-card.tsx';
import { DossierCacheProvider } from '../dossier-cache-provider.tsx';

/** /ho-so/:dossierId — the dossier page with the workflow's action bar and panels in its slots. */
export function DossierDetailRoute() {
  // Loaded by the shell before any page renders (RequireAuth).
  const user = useCurrentUser().data;
  return (
    <DossierCacheProvider>
      <DossierDetailPage
        renderActions={(dossier) => <DossierActionBar dossier={dossier} />}
        renderSideCards={(dossier) => (
          <>
            <FeesCard dossier={dossier} />
            <RatingCard dossier={dossier} />
            {user && <AttachmentsPanel dossier={dossier} user={user} />}
            <NotificationsCard notifications={dossier.notifications} />
          </>
        )}
        renderMainCards={(dossier) => <ControlSlipCard dossier={dossier} />}
      />
    </DossierCacheProvider>
  );
}
