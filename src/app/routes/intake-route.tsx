import { IntakePage } from '../../features/intake/components/intake-page.tsx';
import { DossierCacheProvider } from '../dossier-cache-provider.tsx';

/** /tiep-nhan — the intake form; a received dossier goes straight into the dossiers' cache. */
export function IntakeRoute() {
  return (
    <DossierCacheProvider>
      <IntakePage />
    </DossierCacheProvider>
  );
}
