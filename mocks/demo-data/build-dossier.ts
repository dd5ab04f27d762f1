import { closedStatuses, type DossierStatus } from '../../src/domain/dossier-status.ts';
import { vietnamDayStart } from '../../src/domain/vietnam-time.ts';
import type { DocumentForm } from '../../src/domain/channels.ts';
import { demoPerson, type DemoPerson, type Residents } from './people.ts';
import { placeSteps, type IntakeLoad, type WorkingAxis } from './placement.ts';
import type { Random } from './random.ts';
import { replay, type EventRow, type PaymentRow, type RatingRow, type ReplayedState } from './replay.ts';
import { makeScenario } from './scenario.ts';
import { buildScript, supplementWaits } from './script.ts';
import { isApplicantStep, type DemoContext, type Scenario, type ScriptStep } from './types.ts';

const MINUTE_MS = 60_000;

export interface DocumentRow {
  id: string;
  dossier_id: string;
  procedure_document_id: string;
  position: number;
  name: string;
  received: boolean;
  form: DocumentForm;
  count: number;
  /** Set by the digitisation pass (digitise.ts). */
  reused_from_document_id: string | null;
}

/** One generated dossier before the passes that need all of them (codes, numbers). */
export interface BuiltDossier {
  id: string;
  scenario: Scenario;
  state: ReplayedState;
  events: EventRow[];
  payments: PaymentRow[];
  rating: RatingRow | null;
  documents: DocumentRow[];
  applicant: DemoPerson;
  submitter: DemoPerson | null;
  feeAmount: number;
  setsCount: number;
  returnedTo: string | null;
}

function minutesOf(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** Receipt time of day in working minutes after opening: busier mornings, never a period edge. */
function receiptTimeOfDay(random: Random, context: DemoContext, axis: WorkingAxis): number {
  const { morning: hours } = context.calendar.standardHours;
  const morning = hours ? minutesOf(hours.end) - minutesOf(hours.start) : 0;
  return random.chance(0.65) ? random.int(3, morning - 3) : random.int(morning + 3, axis.dayMinutes - 3);
}

/** Legal processing time in working minutes for a receipt at that time of day. */
function processingMinutes(context: DemoContext, axis: WorkingAxis, scenario: Scenario, timeOfDay: number): number {
  const day = axis.dayMinutes;
  const reference = axis.at((Math.floor(axis.nowMinutes / day) - 10) * day + timeOfDay);
  return context.calendar.workingMsBetween(reference, context.calendar.appointment(reference, scenario.procedure.duration)) / MINUTE_MS;
}

/** Working minutes from the receipt to the last desk step. */
function elapsedAfterReceipt(steps: readonly ScriptStep[]): number {
  const start = steps.findIndex((s) => s.action === 'receive' || s.action === 'accept_online');
  if (start < 0) return 0;
  return steps.slice(start + 1).filter((s) => !isApplicantStep(s)).reduce((sum, s) => sum + s.delay, 0);
}

/** How long an open dossier has sat in its current state at `now`, in working minutes. */
function idleMinutes(random: Random, context: DemoContext, scenario: Scenario, steps: readonly ScriptStep[], legalMinutes: number): number | null {
  const day = context.calendar.workingDayMs / MINUTE_MS;
  const final: DossierStatus = scenario.final;
  if (closedStatuses.has(final)) return null;
  switch (final) {
    case 'supplement_requested': {
      const deadline = context.supplementDeadlineWorkingDays * day;
      return random.chance(0.15) ? random.between(deadline + 60, deadline + 5 * day) : random.between(60, 12 * day);
    }
    case 'result_ready':
      return random.chance(0.2) ? random.between(3 * day, 10 * day) : random.between(10, 3 * day);
    case 'intake_completion_requested':
      return random.between(60, 8 * day);
    case 'awaiting_intake':
      return random.between(120, 3 * day);
    default: {
      // Working minutes left before the appointment when the last step happened.
      const remaining = legalMinutes + supplementWaits(steps) - elapsedAfterReceipt(steps);
      if (scenario.late) return Math.max(5, remaining) + random.between(30, 4 * day);
      const early = final === 'received' || final === 'awaiting_assignment' ? Math.min(remaining * 0.9, day) : remaining * 0.9;
      return random.between(5, Math.max(10, early));
    }
  }
}

export interface BuildOptions {
  axis: WorkingAxis;
  load: IntakeLoad;
  windowWorkingDays: number;
  onlineShare: number;
  /** Returning applicants (their own random stream). */
  residents: Residents;
}

export function buildDossier(random: Random, context: DemoContext, final: DossierStatus, options: BuildOptions): BuiltDossier {
  const { axis, load, windowWorkingDays, onlineShare, residents } = options;
  const id = random.uuid();
  const scenario = makeScenario(random, context, final, onlineShare);
  const timeOfDay = receiptTimeOfDay(random, context, axis);
  const legalMinutes = processingMinutes(context, axis, scenario, timeOfDay);
  const deadlineMinutes = context.supplementDeadlineWorkingDays * axis.dayMinutes;
  const steps = buildScript(random, scenario, legalMinutes, deadlineMinutes);
  const idle = idleMinutes(random, context, scenario, steps, legalMinutes);
  const instants = placeSteps(random, axis, steps, { anchorTimeOfDay: timeOfDay, idleMinutes: idle, windowWorkingDays, load }, context.now);
  const { events, state, payments, rating } = replay(random, context, id, scenario, steps, instants);
  if (scenario.channel === 'postal' && state.receivedAt) {
    // The envelope reached the centre earlier that office day, before an officer opened it.
    const opening = context.calendar.normalizeReceipt(vietnamDayStart(context.calendar.localDate(state.receivedAt)));
    const arrival = state.receivedAt.getTime() - Math.round(random.between(10, 120)) * MINUTE_MS;
    state.submittedAt = new Date(Math.min(state.receivedAt.getTime() - MINUTE_MS, Math.max(opening.getTime(), arrival)));
  }

  const online = scenario.channel === 'online';
  const applicant = residents.next(demoPerson(random, { online }));
  const submitter = random.chance(online ? 0.05 : 0.18) ? demoPerson(random, { online }) : null;
  const documents = scenario.procedure.checklist.map((item) => ({
    id: random.uuid(),
    dossier_id: id,
    procedure_document_id: item.id,
    position: item.position,
    name: item.name,
    received: item.required ? random.chance(0.97) : random.chance(0.5),
    form: item.defaultForm,
    count: item.defaultCount + (random.chance(0.25) ? 1 : 0),
    reused_from_document_id: null,
  }));
  // The one who pays at the desk is whoever came: the submitter when there is one.
  for (const payment of payments) payment.payer_name = payment.method !== 'online' && submitter ? submitter.name : applicant.name;
  const returnedTo =
    state.status === 'returned'
      ? scenario.returnMethod === 'desk' && submitter && random.chance(0.5)
        ? submitter.name
        : applicant.name
      : null;
  return {
    id,
    scenario,
    state,
    events,
    payments,
    rating,
    documents,
    applicant,
    submitter,
    feeAmount: scenario.feeAmount,
    setsCount: random.chance(0.08) ? 2 : 1,
    returnedTo,
  };
}
