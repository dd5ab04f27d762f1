import { useQueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import type { DossierDetail } from '../domain/schemas/dossier.ts';
import { dossierKeys } from '../features/dossiers/api/dossier-keys.ts';
import { dossierQueryOptions } from '../features/dossiers/api/get-dossier.ts';
import { DossierCacheContext, type DossierCache } from '../lib/dossier-cache.ts';
import { peopleKeys } from '../lib/people-keys.ts';

export interface DossierCacheProviderProps {
  children: ReactNode;
}

/** Gives the screens below it (the workflow's dialogs and panels) the dossiers' query cache. */
export function DossierCacheProvider({ children }: DossierCacheProviderProps) {
  const queryClient = useQueryClient();
  const cache = useMemo<DossierCache>(
    () => ({
      dossierChanged(dossier) {
        queryClient.setQueryData(dossierKeys.detail(dossier.id), dossier);
        void queryClient.invalidateQueries({ queryKey: dossierKeys.lists() });
        // A person's page lists their dossiers and digitised papers.
        void queryClient.invalidateQueries({ queryKey: peopleKeys.all });
      },
      updateDossier(dossierId, update) {
        queryClient.setQueryData<DossierDetail>(dossierKeys.detail(dossierId), (current) => (current ? update(current) : current));
        // A new scan may be what the person's next dossier reuses.
        void queryClient.invalidateQueries({ queryKey: peopleKeys.all });
      },
      reloadDossier(dossierId) {
        // Someone else changed it: the lists showing it are out of date too.
        void queryClient.invalidateQueries({ queryKey: dossierKeys.lists() });
        // staleTime 0: whatever is cached is known to be out of date.
        return queryClient.fetchQuery({ ...dossierQueryOptions(dossierId), staleTime: 0 });
      },
      async dossiersChanged() {
        await Promise.all([queryClient.invalidateQueries({ queryKey: dossierKeys.all }), queryClient.invalidateQueries({ queryKey: peopleKeys.all })]);
      },
    }),
    [queryClient],
  );
  return <DossierCacheContext value={cache}>{children}</DossierCacheContext>;
}
