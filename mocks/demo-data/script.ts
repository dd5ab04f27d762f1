import type { DossierAction } from '../../src/domain/dossier-lifecycle.ts';
import type { DossierStatus } from '../../src/domain/dossier-status.ts';
import type { Random } from './random.ts';
import type { Scenario, ScriptStep } from './types.ts';

const DAY = 480;

/** Share of the processing budget each holder uses, before per-dossier jitter. */
const baseShares = { handOver: 0.08, assign: 0.1, handler: 0.5, chair: 0.12, pickup: 0.2 } as const;
type Leg = keyof typeof baseShares;

/**
 * The ordered actions of one dossier with their delays in working minutes, walking the
 * state machine from intake to the scenario's final status. `processingMinutes` is the
 * legal time (receipt → appointment) in working minutes; a dossier that finishes on time
 * spends a fraction of it, a late one more than all of it.
 */
export function buildScript(random: Random, scenario: Scenario, processingMinutes: number, supplementDeadlineMinutes: number): ScriptStep[] {
  const steps: ScriptStep[] = [];
  const desk = (action: DossierAction, delay: number) => steps.push({ action, delay: Math.max(2, Math.round(delay)) });
  const { final, cutAt } = scenario;
  const dueAtReceipt = scenario.procedure.feeDue === 'at_receipt';
  // The fee is paid at the desk a few minutes after the receipt or before the result is
  // handed over, or online by the applicant once the dossier is accepted or decided.
  const pay = (when: 'receipt' | 'return') => {
    if (scenario.payment === 'desk') desk('record_payment', when === 'receipt' ? random.between(2, 6) : 0);
    else if (scenario.payment === 'online') steps.push({ action: 'record_payment', delay: 0, byApplicant: true });
  };

  if (scenario.channel === 'online') {
    steps.push({ action: 'submit_online', delay: 0 });
    if (scenario.intakeCompletion) {
      desk('request_completion', 0);
      if (final === 'intake_completion_requested') return steps;
      // The applicant let the guidance lapse: refused without a new submission.
      if (final === 'refused' && random.chance(0.5)) {
        desk('refuse', random.between(3, 8) * DAY);
        return steps;
      }
      steps.push({ action: 'complete_submission', delay: 0 });
      if (final === 'awaiting_intake') return steps;
      desk(final === 'refused' ? 'refuse' : 'accept_online', random.between(240, 4 * DAY) + random.between(20, 240));
    } else if (final === 'awaiting_intake') {
      return steps;
    } else {
      desk(final === 'refused' ? 'refuse' : 'accept_online', 0);
    }
    if (final === 'refused') return steps;
  } else {
    desk('receive', 0);
  }
  if (dueAtReceipt) pay('receipt');

  const budget = processingMinutes * (scenario.late && final === 'returned' ? random.between(1.1, 1.7) : random.between(0.25, 0.95));
  const jittered = Object.fromEntries(Object.entries(baseShares).map(([leg, share]) => [leg, share * random.between(0.5, 1.5)])) as Record<Leg, number>;
  const total = Object.values(jittered).reduce((a, b) => a + b, 0);
  const leg = (name: Leg) => (budget * jittered[name]) / total;
  const stopsAt = cutAt ?? final;
  const close = () => {
    if (final === 'withdrawn' || final === 'stopped') {
      steps.push({
        action: final === 'withdrawn' ? 'withdraw' : 'stop',
        delay: Math.round(random.between(10, 3 * DAY)),
        actorRole: final === 'stopped' && random.chance(0.5) ? 'chairperson' : 'desk_officer',
      });
    }
    return steps;
  };

  if (stopsAt === 'received') return close();
  desk('hand_over', leg('handOver'));
  if (stopsAt === 'awaiting_assignment') return close();
  desk('assign', leg('assign'));

  let handlerLeft = leg('handler');
  for (let i = 0; i < scenario.supplements; i++) {
    const part = handlerLeft * random.between(0.2, 0.5);
    desk('request_supplement', part);
    handlerLeft -= part;
    desk('receive_supplement', random.between(240, 6 * DAY));
  }
  if (stopsAt === 'supplement_requested' || final === 'not_accepted') {
    desk('request_supplement', handlerLeft * random.between(0.2, 0.6));
    if (final === 'not_accepted') desk('close_not_accepted', supplementDeadlineMinutes + random.between(30, 3 * DAY));
    return close();
  }
  if (scenario.apology) {
    const part = handlerLeft * random.between(0.2, 0.5);
    desk('apologize', part);
    handlerLeft -= part;
  }
  if (stopsAt === 'processing' && !scenario.returnToHandler) return close();
  desk('submit_result', handlerLeft);

  let chairLeft = leg('chair');
  if (scenario.returnToHandler) {
    const review = chairLeft * random.between(0.3, 0.6);
    desk('return_to_handler', review);
    chairLeft -= review;
    if (stopsAt === 'processing') return close();
    desk('submit_result', processingMinutes * random.between(0.05, 0.2));
  }
  if (stopsAt === 'awaiting_approval') return close();
  desk('approve', chairLeft);
  if (final === 'result_ready') {
    // Some applicants have already paid what is due at the return.
    if (!dueAtReceipt && random.chance(0.5)) pay('return');
    return steps;
  }
  if (!dueAtReceipt) {
    // Due before the return: the return waits for it.
    if (scenario.payment === 'online') pay('return');
    else if (scenario.payment !== null) desk('record_payment', leg('pickup'));
  }
  desk('return_result', dueAtReceipt || scenario.payment !== 'desk' ? leg('pickup') : random.between(2, 10));
  if (scenario.rating?.channel === 'counter') desk('rate', random.between(2, 5));
  else if (scenario.rating) steps.push({ action: 'rate', delay: 0, byApplicant: true });
  return steps;
}

/** Working minutes the dossier spends waiting for supplements (the paused clock). */
export function supplementWaits(steps: readonly ScriptStep[]): number {
  return steps.filter((step) => step.action === 'receive_supplement').reduce((sum, step) => sum + step.delay, 0);
}

/** Whether the script ends in a state whose appointment can pass while it sits there. */
export function isClockRunning(final: DossierStatus): boolean {
  return ['received', 'awaiting_assignment', 'processing', 'awaiting_approval'].includes(final);
}
