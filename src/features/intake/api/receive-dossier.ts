import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReceiveDossierRequest } from '../../../domain/schemas/intake.ts';
import { api, dataOf } from '../../../lib/api-client.ts';
import { useDossierCache } from '../../../lib/dossier-cache.ts';
import { intakeKeys } from './intake-keys.ts';

/** POST /api/dossiers: the received dossier, numbered, with its appointment. */
export function receiveDossier(request: z.output<typeof ReceiveDossierRequest>) {
  return dataOf(api.POST('/api/dossiers', { body: request }));
}

/** POST /api/dossiers: one transaction numbers the dossier and starts its clock, or nothing is saved. */
export function useReceiveDossier() {
  const dossiers = useDossierCache();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: receiveDossier,
    // The new dossier is in the cache at once, and every list showing dossiers refreshes; so
    // does every duplicate check (the person's next visit must see this one).
    onSuccess: (dossier) => {
      dossiers.dossierChanged(dossier);
      void queryClient.invalidateQueries({ queryKey: intakeKeys.allDuplicates() });
    },
  });
}
