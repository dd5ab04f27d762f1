import type { Channel, ReturnMethod } from '../../src/domain/channels.ts';
import { dossierStatuses, type DossierStatus } from '../../src/domain/dossier-status.ts';
import type { Random } from './random.ts';
import type { DemoContext, DemoProcedure, Scenario } from './types.ts';

/**
 * Share of each final status. Roughly what a commune desk's database holds after a
 * quarter: about half returned, a steady stock open in every stage, and enough of the rare
 * endings (refused, withdrawn, stopped, not accepted) for every screen to show some.
 */
export type StatusShares = Readonly<Record<DossierStatus, number>>;

const statusShares: StatusShares = {
  returned: 0.475,
  result_ready: 0.06,
  awaiting_approval: 0.05,
  processing: 0.08,
  supplement_requested: 0.045,
  awaiting_assignment: 0.04,
  received: 0.035,
  awaiting_intake: 0.04,
  intake_completion_requested: 0.035,
  refused: 0.035,
  withdrawn: 0.035,
  stopped: 0.035,
  not_accepted: 0.035,
};

const preIntake = new Set<DossierStatus>(['awaiting_intake', 'intake_completion_requested', 'refused']);
/** States an applicant can withdraw from, or the chairperson stop, in the demo. */
const cutPoints: readonly (readonly [DossierStatus, number])[] = [
  ['received', 1],
  ['awaiting_assignment', 1],
  ['processing', 4],
  ['supplement_requested', 3],
  ['awaiting_approval', 1],
];

/** Exactly `count` final statuses in the shares above, or in `shares` (largest remainder), shuffled. */
export function planStatuses(random: Random, count: number, shares: StatusShares = statusShares): DossierStatus[] {
  const exact = dossierStatuses.map((status) => ({ status, value: shares[status] * count }));
  const counts = new Map(exact.map(({ status, value }) => [status, Math.floor(value)]));
  let missing = count - [...counts.values()].reduce((a, b) => a + b, 0);
  for (const { status } of [...exact].sort((a, b) => (b.value % 1) - (a.value % 1))) {
    if (missing <= 0) break;
    counts.set(status, (counts.get(status) ?? 0) + 1);
    missing--;
  }
  const plan: DossierStatus[] = [];
  for (const [status, n] of counts) for (let i = 0; i < n; i++) plan.push(status);
  return random.shuffle(plan);
}

/** Online share among dossiers whose channel is free, so that ~30% of all are online. */
export function onlineShareForFreeChannels(plan: readonly DossierStatus[]): number {
  const forced = plan.filter((status) => preIntake.has(status)).length;
  const free = plan.length - forced;
  return free > 0 ? Math.min(1, Math.max(0, (0.3 * plan.length - forced) / free)) : 0;
}

function durationDays(procedure: DemoProcedure): number {
  const { unit, amount } = procedure.duration;
  if (unit === 'same_day') return 0;
  if (unit === 'working_hours') return amount / 8;
  return amount;
}

/**
 * Open dossiers are weighted by how long they stay open (Little's law): a certified copy
 * is done in minutes, a building permit sits for weeks, so the open stock is mostly the
 * long procedures even though copies dominate the daily traffic.
 */
function pickProcedure(random: Random, context: DemoContext, channel: Channel, open: boolean): DemoProcedure {
  const eligible = context.procedures.filter((p) =>
    channel === 'online' ? p.onlineLevel !== 'none' : channel === 'postal' ? p.texts.postal : true,
  );
  const pool = eligible.length > 0 ? eligible : context.procedures;
  return random.weighted(pool.map((p) => [p, p.texts.weight * (open ? (0.4 + durationDays(p)) ** 0.6 : 1)] as const));
}

function pickReturnMethod(random: Random, channel: Channel): ReturnMethod {
  if (channel === 'online') return random.weighted([['online', 6], ['desk', 3], ['post', 1]]);
  if (channel === 'postal') return random.weighted([['post', 8], ['desk', 2]]);
  return random.weighted([['desk', 9], ['post', 1]]);
}

export function makeScenario(random: Random, context: DemoContext, final: DossierStatus, onlineShare: number): Scenario {
  const channel: Channel = preIntake.has(final)
    ? 'online'
    : random.weighted([['online', onlineShare], ['postal', 0.035], ['walk_in', Math.max(0, 1 - onlineShare - 0.035)]]);
  const open = !['returned', 'refused', 'withdrawn', 'stopped', 'not_accepted'].includes(final);
  const procedure = pickProcedure(random, context, channel, open && !preIntake.has(final));
  const cutAt = final === 'withdrawn' || final === 'stopped' ? random.weighted(cutPoints) : null;
  const reachesProcessing = !preIntake.has(final) && !['received', 'awaiting_assignment'].includes(cutAt ?? final);
  const longEnough = procedure.duration.unit === 'working_days' && procedure.duration.amount >= 3;
  const apology = reachesProcessing && longEnough && cutAt === null && final !== 'not_accepted' && final !== 'supplement_requested' && random.chance(0.06);
  const supplements = reachesProcessing ? random.weighted([[0, 86], [1, 12], [2, 2]]) : 0;
  const reachesApproval = ['awaiting_approval', 'result_ready', 'returned'].includes(final) || final === 'processing';
  return {
    final,
    channel,
    procedure,
    intakeCompletion:
      channel === 'online' &&
      (final === 'intake_completion_requested' ||
        random.chance(final === 'refused' ? 0.5 : final === 'awaiting_intake' ? 0.3 : 0.1)),
    // Two open requests never coexist: a dossier waiting for one has had at most one before.
    supplements: final === 'supplement_requested' || final === 'not_accepted' ? Math.min(supplements, 1) : supplements,
    returnToHandler: reachesApproval && random.chance(final === 'processing' ? 0.2 : 0.07),
    apology,
    apologyDays: random.int(2, 5),
    late: apology || random.chance(lateShare(final)),
    cutAt,
    denied: procedure.texts.denialReasons.length > 0 && random.chance(0.08),
    returnMethod: pickReturnMethod(random, channel),
  };
}

function lateShare(final: DossierStatus): number {
  switch (final) {
    case 'returned':
      return 0.12;
    case 'processing':
      return 0.25;
    case 'awaiting_approval':
      return 0.15;
    case 'awaiting_assignment':
      return 0.1;
    case 'received':
      return 0.05;
    default:
      return 0;
  }
}
