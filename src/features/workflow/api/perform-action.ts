import { useMutation } from '@tanstack/react-query';
import type { DossierAction } from '../../../domain/dossier-lifecycle.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { apiFetch } from '../../../lib/api-client.ts';

export interface PerformActionRequest {
  dossierId: string;
  action: DossierAction;
  /** The version the user saw; the API answers 409 stale_version if someone changed it since. */
  version: number;
  fields: Record<string, unknown>;
}

/** POST /api/dossiers/{id}/actions/{action}: one step of the lifecycle; the dossier as it now is. */
export function performAction({ dossierId, action, version, fields }: PerformActionRequest): Promise<DossierDetail> {
  return apiFetch<DossierDetail>(`/dossiers/${encodeURIComponent(dossierId)}/actions/${action}`, {
    method: 'POST',
    body: { ...fields, version },
  });
}

export function usePerformAction() {
  return useMutation({ mutationFn: performAction });
}
