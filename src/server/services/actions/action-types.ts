import type { LegShares } from '../../../domain/control-slip.ts';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import type { DossierAction } from '../../../domain/dossier-lifecycle.ts';
import type { DossierStatus } from '../../../domain/dossier-status.ts';
import type { CurrentUser } from '../../../domain/schemas/auth.ts';
import type { WorkingCalendar } from '../../../domain/working-time.ts';
import type { DurationUnit, SupplementClock } from '../../../domain/channels.ts';
import type { NotificationTemplate } from '../../../domain/notifications.ts';
import type { FeeDue } from '../../../domain/fees.ts';

/** The dossier as an action sees it: locked for the transaction. */
export interface LockedDossier {
  id: string;
  code: string;
  unitId: string;
  status: DossierStatus;
  version: number;
  channel: 'walk_in' | 'online' | 'postal';
  holderUnitId: string;
  holderUserId: string | null;
  decidingUnitId: string;
  procedureId: string;
  procedureName: string;
  durationUnit: DurationUnit;
  durationAmount: number;
  supplementClock: SupplementClock;
  /** The control-slip leg shares of the procedure version the dossier was received under. */
  legShares: LegShares;
  submittedAt: Date | null;
  receivedAt: Date | null;
  appointmentAt: Date | null;
  originalAppointmentAt: Date | null;
  pausedAt: Date | null;
  supplementDeadlineAt: Date | null;
  apologyCount: number;
  /** Working time spent waiting for supplements so far, in milliseconds. */
  pausedWorkingMs: number;
  supplementCount: number;
  applicantName: string;
  applicantPhone: string | null;
  applicantEmail: string | null;
  /** The dossier's fee (set at receipt), what has been paid of it and when it was paid in full. */
  feeAmount: number;
  feePaidAmount: number;
  feePaidAt: Date | null;
  /** When the procedure version says the fee is due. */
  feeDue: FeeDue;
  /** The applicant has rated the service. */
  rated: boolean;
}

export interface ActionContext<Input> {
  tx: Queryable;
  dossier: LockedDossier;
  /** null when the system acts (e.g. the portal delivering documents). */
  actor: CurrentUser | null;
  input: Input;
  now: Date;
  calendar: WorkingCalendar;
  centre: { id: string; name: string; code: string };
}

/** What an action does besides moving the status: decided by the handler, written by the executor. */
export interface ActionEffect {
  /** Column → value on `dossiers`. */
  set?: Record<string, unknown>;
  holder: { unitId: string; userId: string | null };
  note: string;
  details?: Record<string, unknown>;
  notify?: { template: NotificationTemplate; data: Record<string, string> };
  /** Runs in the same transaction once the event exists (e.g. files that belong to it). */
  after?: (eventId: string) => Promise<void>;
}

export interface ActionHandler<Schema extends z.ZodType = z.ZodType> {
  action: DossierAction;
  summary: string;
  /** Body fields besides `version`. */
  input: Schema;
  apply(context: ActionContext<z.infer<Schema>>): Promise<ActionEffect> | ActionEffect;
}

export function defineAction<Schema extends z.ZodType>(handler: ActionHandler<Schema>): ActionHandler<Schema> {
  return handler;
}
