import type { LegShares } from '../../src/domain/control-slip.ts';
import type { Channel, DocumentForm, Duration, ReturnMethod, SupplementClock } from '../../src/domain/channels.ts';
import type { DossierAction } from '../../src/domain/dossier-lifecycle.ts';
import type { DossierStatus } from '../../src/domain/dossier-status.ts';
import type { Role } from '../../src/domain/roles.ts';
import type { WorkingCalendar } from '../../src/domain/working-time.ts';
import type { ProcedureTexts } from './procedure-texts.ts';
import type { FeeDue } from '../../src/domain/fees.ts';
import type { RatingChannel, RatingLevel } from '../../src/domain/satisfaction.ts';

export interface DemoChecklistItem {
  id: string;
  position: number;
  name: string;
  required: boolean;
  defaultForm: DocumentForm;
  defaultCount: number;
}

export interface DemoProcedure {
  id: string;
  code: string;
  name: string;
  decidingUnitId: string;
  duration: Duration;
  feeAmount: number;
  feeDue: FeeDue;
  supplementClock: SupplementClock;
  legShares: LegShares;
  onlineLevel: 'full' | 'partial' | 'none';
  checklist: DemoChecklistItem[];
  texts: ProcedureTexts;
}

/** The people who act on demo dossiers, by user id. */
export interface DemoStaff {
  deskOfficers: readonly string[];
  chairperson: string;
  /** Department unit id → its head / its handler. */
  heads: ReadonlyMap<string, string>;
  handlers: ReadonlyMap<string, string>;
}

/** Everything read from the database that the generator needs. */
export interface DemoContext {
  now: Date;
  calendar: WorkingCalendar;
  centre: { id: string; code: string };
  unitNames: ReadonlyMap<string, string>;
  procedures: readonly DemoProcedure[];
  staff: DemoStaff;
  supplementDeadlineWorkingDays: number;
  /** How messages to applicants are signed, e.g. "UBND xã Hoàng An". */
  senderName: string;
}

/** The story of one dossier, decided before any instant is computed. */
export interface Scenario {
  final: DossierStatus;
  channel: Channel;
  procedure: DemoProcedure;
  /** Online only: the desk asked once to complete the submission before deciding. */
  intakeCompletion: boolean;
  /** Completed supplement cycles (request + receipt) during processing. */
  supplements: number;
  returnToHandler: boolean;
  apology: boolean;
  /** Working days the apology adds to the appointment. */
  apologyDays: number;
  /** Returned: finished after the appointment. Open: the appointment has passed by `now`. */
  late: boolean;
  /** Withdrawn or stopped: the state the dossier was in at that moment. */
  cutAt: DossierStatus | null;
  denied: boolean;
  returnMethod: ReturnMethod;
  /** The dossier's fee, set at receipt (a certified copy's depends on its pages). */
  feeAmount: number;
  /** How the fee gets paid: at the desk, online through the portal, or not (yet); null without a fee. */
  payment: 'desk' | 'online' | 'unpaid' | null;
  /** The applicant's rating once the result is returned, if they gave one. */
  rating: { level: RatingLevel; comment: string; channel: RatingChannel } | null;
}

export interface ScriptStep {
  action: DossierAction;
  /** Working minutes after the previous desk step; applicant steps carry 0 and are timed apart. */
  delay: number;
  actorRole?: Role;
  /** Taken by the applicant on the portal or the lookup page (timed apart, at any hour). */
  byApplicant?: boolean;
}

/** Applicant steps happen on the portal at any hour, not in the desk's working time. */
export const applicantActions: ReadonlySet<DossierAction> = new Set<DossierAction>(['submit_online', 'complete_submission']);

/** A step the applicant takes (a submission, an online payment, a rating on the lookup page). */
export function isApplicantStep(step: ScriptStep): boolean {
  return applicantActions.has(step.action) || step.byApplicant === true;
}
