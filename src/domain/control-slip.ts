import type { DossierAction } from './dossier-lifecycle.ts';
import { MINUTE_MS, type FinishClassification, type WorkingCalendar } from './working-time.ts';

/**
 * The control slip (form 06) has one row per handoff, and each leg has its own allowed
 * time. The law leaves the split to each procedure's internal workflow; motcua divides the
 * dossier's whole working time between the kinds of leg by shares each procedure version
 * carries (a new procedure starts from the `leg_shares` setting, these defaults at first).
 */
export const LegKind = {
  deskIntake: 'desk_intake',
  department: 'department',
  handler: 'handler',
  approval: 'approval',
  deskReturn: 'desk_return',
} as const;
export type LegKind = (typeof LegKind)[keyof typeof LegKind];

/** Share of the dossier's working time for each timed leg. The return leg is due by the appointment itself. */
export type LegShares = Record<Exclude<LegKind, 'desk_return'>, number>;

export const defaultLegShares: LegShares = {
  desk_intake: 0.1,
  department: 0.1,
  handler: 0.65,
  approval: 0.15,
};

/** The timed legs, in the order a dossier passes them. */
export const legShareKinds = ['desk_intake', 'department', 'handler', 'approval'] as const satisfies readonly (keyof LegShares)[];

/** Shares are fractions of the whole working time: each between 0 and 1, all together 1 (to 0.01%). */
export function legSharesProblem(shares: LegShares): 'out_of_range' | 'sum_not_one' | null {
  const values = legShareKinds.map((kind) => shares[kind]);
  if (values.some((value) => !(Number.isFinite(value) && value >= 0 && value <= 1))) return 'out_of_range';
  const sum = values.reduce((total, value) => total + value, 0);
  return Math.abs(sum - 1) > 0.0001 ? 'sum_not_one' : null;
}

/** The leg each action starts; `null` when the step starts no timed leg (waiting for the applicant, closing). */
export const legStartedBy: Partial<Record<DossierAction, LegKind>> = {
  receive: 'desk_intake',
  accept_online: 'desk_intake',
  hand_over: 'department',
  assign: 'handler',
  reassign: 'handler',
  receive_supplement: 'handler',
  return_to_handler: 'handler',
  submit_result: 'approval',
  approve: 'desk_return',
};

/**
 * Actions that do not hand the dossier over (the running leg continues): an apology, a fee
 * paid, the applicant's rating. They are in the history but not on the control slip.
 */
export const nonHandoffActions: ReadonlySet<DossierAction> = new Set<DossierAction>(['apologize', 'record_payment', 'rate']);

/**
 * Handoffs that do not end the running leg: when an officer leaves, the administrator
 * hands what they hold to a colleague at the same step of the workflow, who inherits the
 * leg and its deadline (a row on form 06 without a result).
 */
export const legContinuingActions: ReadonlySet<DossierAction> = new Set<DossierAction>(['transfer_holder']);

/**
 * Deadline of a leg starting at `start`: its share of the dossier's working time, never
 * later than the appointment. A leg that starts after the appointment is due at once.
 */
export function legDeadline(
  calendar: WorkingCalendar,
  kind: LegKind,
  start: Date,
  dossier: { receivedAt: Date; appointmentAt: Date },
  shares: LegShares = defaultLegShares,
): Date {
  if (kind === 'desk_return') return start.getTime() > dossier.appointmentAt.getTime() ? start : dossier.appointmentAt;
  const total = calendar.workingMsBetween(dossier.receivedAt, dossier.appointmentAt);
  // At least a minute, so a leg of a same-day dossier received at closing time is not due at its start.
  const allowance = Math.max(Math.round(total * shares[kind]), MINUTE_MS);
  const deadline = calendar.addWorkingMs(start, allowance);
  if (deadline.getTime() > dossier.appointmentAt.getTime()) {
    return start.getTime() > dossier.appointmentAt.getTime() ? start : dossier.appointmentAt;
  }
  return deadline;
}

/** The control-slip columns of one event: the deadline of the leg it starts and the result of the leg it ends. */
export interface LegFields {
  legDeadlineAt: Date | null;
  legResult: FinishClassification | null;
}

/**
 * What one step writes on the control slip. A handoff ends the running leg (whose deadline
 * the last handoff recorded) and classifies it; if the action starts a timed leg, its
 * deadline follows from the dossier's receipt and appointment as they are after the step.
 * The API's executor and the demo generator both call this, so the two never disagree.
 */
export function legFieldsOfStep(
  calendar: WorkingCalendar,
  action: DossierAction,
  at: Date,
  dossier: { receivedAt: Date | null; appointmentAt: Date | null },
  runningLegDeadline: Date | null,
  shares: LegShares = defaultLegShares,
): LegFields {
  if (nonHandoffActions.has(action)) return { legDeadlineAt: null, legResult: null };
  if (legContinuingActions.has(action)) return { legDeadlineAt: runningLegDeadline, legResult: null };
  const kind = legStartedBy[action];
  const { receivedAt, appointmentAt } = dossier;
  return {
    legDeadlineAt: kind && receivedAt && appointmentAt ? legDeadline(calendar, kind, at, { receivedAt, appointmentAt }, shares) : null,
    legResult: runningLegDeadline ? calendar.classifyFinish(at, runningLegDeadline) : null,
  };
}
