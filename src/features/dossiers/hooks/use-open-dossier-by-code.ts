import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../lib/api-client.ts';
import { dossierPath } from '../../../lib/paths.ts';
import { dossierByCodeQueryOptions } from '../api/get-dossier-by-code.ts';

/** What became of opening a dossier by its code. */
export type OpenByCodeOutcome = 'opened' | 'not-found' | 'failed';

/**
 * Opens the dossier with this code (already upper-case and well formed, see
 * `dossierCodePattern`): the search box, a scanner anywhere on the page and the command
 * palette all land on a dossier the same way.
 */
export function useOpenDossierByCode() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (code: string): Promise<OpenByCodeOutcome> => {
      try {
        const match = await queryClient.fetchQuery(dossierByCodeQueryOptions(code));
        void navigate(dossierPath(match.id));
        return 'opened';
      } catch (failure) {
        return isApiError(failure) && failure.isNotFound ? 'not-found' : 'failed';
      }
    },
    [queryClient, navigate],
  );
}
