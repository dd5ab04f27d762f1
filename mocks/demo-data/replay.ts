import { newAppointmentProblem } from '../../src/domain/appointments.ts';
import { processingWorkingMs } from '../../src/domain/indicators.ts';
import { legFieldsOfStep, nonHandoffActions } from '../../src/domain/control-slip.ts';
import { isAllowedFrom, nextStatus, type DossierAction } from '../../src/domain/dossier-lifecycle.ts';
import type { DossierStatus } from '../../src/domain/dossier-status.ts';
import type { Role } from '../../src/domain/roles.ts';
import type { FinishClassification } from '../../src/domain/working-time.ts';
import { feeAfterPayment, type PaymentMethod } from '../../src/domain/fees.ts';
import { notes } from './notes.ts';
import type { Random } from './random.ts';
import type { DemoContext, Scenario, ScriptStep } from './types.ts';

export interface EventRow {
  id: string;
  dossier_id: string;
  seq: number;
  at: Date;
  actor_user_id: string | null;
  actor_role: Role | null;
  action: DossierAction;
  from_status: DossierStatus | null;
  to_status: DossierStatus;
  from_unit_id: string | null;
  from_user_id: string | null;
  to_unit_id: string;
  to_user_id: string | null;
  note: string;
  details: Record<string, unknown>;
  leg_deadline_at: Date | null;
  leg_result: FinishClassification | null;
}

/** The dossier columns that follow from its history. */
export interface ReplayedState {
  status: DossierStatus;
  holderUnitId: string;
  holderUserId: string | null;
  submittedAt: Date | null;
  receivedAt: Date | null;
  appointmentAt: Date | null;
  originalAppointmentAt: Date | null;
  pausedAt: Date | null;
  pausedWorkingMs: number;
  supplementCount: number;
  supplementDeadlineAt: Date | null;
  apologyCount: number;
  resultKind: 'granted' | 'denied' | null;
  resultSummary: string | null;
  decidedAt: Date | null;
  /** Working time from receipt to decision, supplement waiting excluded (the domain's rule). */
  processingWorkingMs: number | null;
  finishedAt: Date | null;
  returnedAt: Date | null;
  feePaidAmount: number;
  feePaidAt: Date | null;
}

/** A payment as the desk or the portal recorded it (receipt numbers and transaction ids come with the numbering). */
export interface PaymentRow {
  id: string;
  dossier_id: string;
  event_id: string;
  amount: number;
  method: PaymentMethod;
  receipt_number: string | null;
  portal_transaction_id: string | null;
  payer_name: string;
  paid_at: Date;
  recorded_by: string | null;
  recorded_at: Date;
  note: string;
}

export interface RatingRow {
  dossier_id: string;
  event_id: string;
  level: number;
  comment: string;
  channel: 'counter' | 'lookup';
  rated_at: Date;
}

interface Holder {
  unitId: string;
  userId: string | null;
}

/**
 * Turns a timed script into the dossier's events and row state, exactly as the services
 * would have written them: each action is checked against the state machine, holders and
 * the appointment move by the domain's rules, and each handoff gets its control-slip leg
 * from the same domain function the API's executor calls.
 */
export function replay(
  random: Random,
  context: DemoContext,
  dossierId: string,
  scenario: Scenario,
  steps: readonly ScriptStep[],
  instants: readonly Date[],
): { events: EventRow[]; state: ReplayedState; payments: PaymentRow[]; rating: RatingRow | null } {
  const { calendar, centre, staff } = context;
  const { procedure } = scenario;
  const department = procedure.decidingUnitId;
  const head = staff.heads.get(department)!;
  const handler = staff.handlers.get(department)!;
  const officers = random.shuffle([...staff.deskOfficers]);
  // The receiving officer does most of the dossier's desk work; the colleague covers sometimes.
  const officer = () => (random.chance(0.75) ? officers[0]! : officers[1] ?? officers[0]!);
  const deskQueue: Holder = { unitId: centre.id, userId: null };

  const state: ReplayedState = {
    status: 'awaiting_intake', holderUnitId: centre.id, holderUserId: null, submittedAt: null, receivedAt: null,
    appointmentAt: null, originalAppointmentAt: null, pausedAt: null, pausedWorkingMs: 0, supplementCount: 0,
    supplementDeadlineAt: null, apologyCount: 0, resultKind: null, resultSummary: null, decidedAt: null,
    processingWorkingMs: null, finishedAt: null, returnedAt: null, feePaidAmount: 0, feePaidAt: null,
  };
  const events: EventRow[] = [];
  const payments: PaymentRow[] = [];
  let rating: RatingRow | null = null;
  let returnedBy: string | null = null;
  let status: DossierStatus | null = null;
  let holder: Holder | null = null;
  // Deadline of the leg the last handoff started: the one the next handoff ends.
  let runningLegDeadline: Date | null = null;

  for (const [index, step] of steps.entries()) {
    const at = instants[index]!;
    const action = step.action;
    if (status !== null && !isAllowedFrom(action, status)) throw new Error(`Demo data: ${action} is not allowed from ${status}`);
    const to: DossierStatus = status === null ? nextStatus(action, 'awaiting_intake') : nextStatus(action, status);
    let actor: { id: string | null; role: Role | null } = { id: officer(), role: 'desk_officer' };
    let toHolder: Holder = holder ?? deskQueue;
    let note = '';
    let details: Record<string, unknown> = {};
    const eventId = random.uuid();

    switch (action) {
      case 'submit_online':
      case 'complete_submission':
        actor = { id: null, role: null };
        toHolder = deskQueue;
        note = random.pick(action === 'submit_online' ? notes.submitOnline : notes.completeSubmission);
        if (action === 'submit_online') state.submittedAt = at;
        break;
      case 'request_completion':
        toHolder = deskQueue;
        note = random.pick(procedure.texts.completionReasons.length ? procedure.texts.completionReasons : notes.refuse);
        details = { items: [{ name: note, note: '' }], reason: note };
        break;
      case 'refuse':
        toHolder = { unitId: centre.id, userId: actor.id };
        note = random.pick(notes.refuse);
        state.finishedAt = at;
        break;
      case 'receive':
      case 'accept_online': {
        toHolder = { unitId: centre.id, userId: actor.id };
        note = random.pick(action === 'accept_online' ? notes.acceptOnline : scenario.channel === 'postal' ? notes.receivePostal : notes.receiveWalkIn);
        state.receivedAt = at;
        state.appointmentAt = calendar.appointment(at, procedure.duration);
        state.originalAppointmentAt = state.appointmentAt;
        details = { appointmentAt: state.appointmentAt.toISOString() };
        break;
      }
      case 'hand_over':
        toHolder = { unitId: department, userId: null };
        note = `Chuyển hồ sơ đến ${context.unitNames.get(department) ?? 'phòng chuyên môn'}`;
        break;
      case 'assign':
        actor = { id: head, role: 'department_head' };
        toHolder = { unitId: department, userId: handler };
        note = random.chance(0.6) ? 'Giao chuyên viên thụ lý, thẩm định hồ sơ' : '';
        break;
      case 'request_supplement': {
        actor = { id: handler, role: 'handler' };
        toHolder = deskQueue;
        note = random.pick(procedure.texts.supplementReasons);
        state.pausedAt = at;
        state.supplementCount++;
        state.supplementDeadlineAt = calendar.addWorkingDays(at, context.supplementDeadlineWorkingDays);
        details = { items: [{ name: note, note: '' }], reason: note, deadline: state.supplementDeadlineAt.toISOString() };
        break;
      }
      case 'receive_supplement': {
        toHolder = { unitId: department, userId: handler };
        note = random.pick(notes.receiveSupplement);
        const pausedFrom = state.pausedAt!;
        const paused = calendar.workingMsBetween(pausedFrom, at);
        state.appointmentAt = calendar.appointmentAfterSupplement(procedure.supplementClock, state.appointmentAt!, pausedFrom, at, procedure.duration);
        state.pausedWorkingMs += paused;
        state.pausedAt = null;
        state.supplementDeadlineAt = null;
        details = { clock: procedure.supplementClock, pausedWorkingMs: paused, appointmentAt: state.appointmentAt.toISOString() };
        break;
      }
      case 'submit_result': {
        actor = { id: handler, role: 'handler' };
        toHolder = { unitId: centre.id, userId: staff.chairperson };
        // The draft the chairperson decides on, stored at this step as the API stores it
        // (submit_result sets the result; approving only dates it).
        const reason = scenario.denied ? random.pick(procedure.texts.denialReasons) : null;
        state.resultKind = reason ? 'denied' : 'granted';
        state.resultSummary = reason ?? procedure.texts.resultSummary;
        note = reason ? `Trình ký dự thảo từ chối giải quyết. Lý do: ${reason}` : `Trình ký dự thảo: ${procedure.texts.resultSummary}`;
        details = { kind: state.resultKind };
        break;
      }
      case 'return_to_handler':
        actor = { id: staff.chairperson, role: 'chairperson' };
        toHolder = { unitId: department, userId: handler };
        note = random.pick(notes.returnToHandler);
        break;
      case 'approve': {
        actor = { id: staff.chairperson, role: 'chairperson' };
        toHolder = deskQueue;
        state.decidedAt = at;
        if (state.receivedAt) state.processingWorkingMs = processingWorkingMs(calendar, { receivedAt: state.receivedAt, decidedAt: at, pausedWorkingMs: state.pausedWorkingMs });
        note = state.resultKind === 'denied' ? `Kết quả: từ chối giải quyết. Lý do: ${state.resultSummary}` : procedure.texts.resultNote;
        details = { resultKind: state.resultKind };
        break;
      }
      case 'return_result':
        toHolder = { unitId: centre.id, userId: actor.id };
        note = random.pick(notes.returnResult[scenario.returnMethod]);
        details = { returnMethod: scenario.returnMethod };
        state.returnedAt = at;
        state.finishedAt = at;
        returnedBy = actor.id;
        break;
      case 'record_payment': {
        // The whole fee at once: at the desk in cash or by transfer, or online on the portal.
        const online = step.byApplicant === true;
        if (online) actor = { id: null, role: null };
        const method: PaymentMethod = online ? 'online' : random.chance(0.75) ? 'cash' : 'transfer';
        const amount = scenario.feeAmount - state.feePaidAmount;
        const after = feeAfterPayment({ amount: scenario.feeAmount, paidAmount: state.feePaidAmount, paidAt: state.feePaidAt }, { amount, paidAt: at });
        state.feePaidAmount = after.paidAmount;
        state.feePaidAt = after.paidAt;
        details = { amount, method, receiptNumber: null, transactionId: null, paidAt: at.toISOString(), paidInFull: after.paidAt !== null };
        payments.push({
          id: random.uuid(), dossier_id: dossierId, event_id: eventId, amount, method, receipt_number: null, portal_transaction_id: null,
          payer_name: '', paid_at: at, recorded_by: actor.id, recorded_at: at, note: '',
        });
        break;
      }
      case 'rate': {
        const given = scenario.rating!;
        // On the counter tablet, under the session of the officer who handed the result over.
        actor = step.byApplicant ? { id: null, role: null } : { id: returnedBy ?? officer(), role: 'desk_officer' };
        note = given.comment;
        details = { level: given.level, channel: given.channel };
        rating = { dossier_id: dossierId, event_id: eventId, level: given.level, comment: given.comment, channel: given.channel, rated_at: at };
        break;
      }
      case 'apologize': {
        // Form 04 must be issued before the appointment passes; a dossier already late skips it.
        if (!state.appointmentAt || at.getTime() >= state.appointmentAt.getTime()) continue;
        actor = { id: staff.chairperson, role: 'chairperson' };
        const reason = random.pick(notes.apology);
        const previous = state.appointmentAt;
        const proposed = calendar.addWorkingDays(previous, scenario.apologyDays);
        const problem = newAppointmentProblem(calendar, previous, proposed);
        if (problem) throw new Error(`Demo data: the apology's new appointment is refused (${problem})`);
        state.appointmentAt = proposed;
        state.apologyCount++;
        note = reason;
        details = {
          originalAppointmentAt: (state.originalAppointmentAt ?? previous).toISOString(),
          previousAppointmentAt: previous.toISOString(),
          newAppointmentAt: proposed.toISOString(),
        };
        break;
      }
      case 'withdraw':
      case 'stop':
      case 'close_not_accepted':
        if (step.actorRole === 'chairperson') actor = { id: staff.chairperson, role: 'chairperson' };
        toHolder = { unitId: centre.id, userId: actor.role === 'desk_officer' ? actor.id : null };
        note = random.pick(action === 'withdraw' ? notes.withdraw : action === 'stop' ? notes.stop : notes.closeNotAccepted);
        state.pausedAt = null;
        if (action !== 'close_not_accepted') state.supplementDeadlineAt = null;
        state.finishedAt = at;
        break;
      default:
        throw new Error(`Demo data: no story for ${action}`);
    }

    const leg = legFieldsOfStep(calendar, action, at, state, runningLegDeadline, procedure.legShares);
    if (!nonHandoffActions.has(action)) runningLegDeadline = leg.legDeadlineAt;
    events.push({
      id: eventId,
      dossier_id: dossierId,
      seq: events.length + 1,
      at,
      actor_user_id: actor.id,
      actor_role: actor.role,
      action,
      from_status: status,
      to_status: to,
      from_unit_id: holder?.unitId ?? null,
      from_user_id: holder?.userId ?? null,
      to_unit_id: toHolder.unitId,
      to_user_id: toHolder.userId,
      note,
      details,
      leg_deadline_at: leg.legDeadlineAt,
      leg_result: leg.legResult,
    });
    status = to;
    holder = toHolder;
  }

  state.status = status ?? 'awaiting_intake';
  state.holderUnitId = holder?.unitId ?? centre.id;
  state.holderUserId = holder?.userId ?? null;
  return { events, state, payments, rating };
}
