import { useMutation } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client.ts';
import type { paths } from '../../../lib/api-types.ts';

type ActionPath = Extract<keyof paths, `/api/dossiers/{id}/actions/${string}`>;

/** The steps the API offers staff, one route each: `/api/dossiers/{id}/actions/{action}`. */
export type StaffAction = ActionPath extends `/api/dossiers/{id}/actions/${infer Action}` ? Action : never;

type ActionBody = paths[ActionPath]['post']['requestBody']['content']['application/json'];
type WithoutVersion<Body> = Body extends unknown ? Omit<Body, 'version'> : never;

/**
 * What an action's body carries besides the version, as the API document has it: one of the
 * staff actions' bodies. The forms build it with the same zod schemas the API validates it with.
 */
export type ActionFields = WithoutVersion<ActionBody>;

export interface PerformActionRequest {
  dossierId: string;
  action: StaffAction;
  /** The version the user saw; the API answers 409 stale_version if someone changed it since. */
  version: number;
  fields: ActionFields;
}

/** POST /api/dossiers/{id}/actions/{action}: one step of the lifecycle; the dossier as it now is. */
export function performAction({ dossierId, action, version, fields }: PerformActionRequest) {
  return dataOf(api.POST(`/api/dossiers/{id}/actions/${action}`, { params: { path: { id: dossierId } }, body: { ...fields, version } }));
}

export function usePerformAction() {
  return useMutation({ mutationFn: performAction });
}
