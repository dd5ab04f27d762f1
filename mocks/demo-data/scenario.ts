import type { Channel, ReturnMethod } from '../../src/domain/channels.ts';
import { dossierStatuses, type DossierStatus } from '../../src/domain/dossier-status.ts';
import type { Random } from './random.ts';
import type { DemoContext, DemoProcedure, Scenario } from './types.ts';
import type { RatingLevel } from '../../src/domain/satisfaction.ts';

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
  const late = apology || random.chance(lateShare(final));
  const feeAmount = procedure.code === '2.000815' ? copyFee(random) : procedure.feeAmount;
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
    late,
    cutAt,
    denied: procedure.texts.denialReasons.length > 0 && random.chance(0.08),
    returnMethod: pickReturnMethod(random, channel),
    feeAmount,
    payment: feeAmount <= 0 || preIntake.has(final) ? (feeAmount > 0 ? 'unpaid' : null) : pickPayment(random, channel),
    rating: final === 'returned' ? pickRating(random, late) : null,
  };
}

/** A certified copy: 2.000 ₫ a page for the first two, 1.000 ₫ from the third, at most 200.000 ₫. */
function copyFee(random: Random): number {
  const pages = random.int(1, 12);
  return Math.min(200_000, 2_000 * Math.min(pages, 2) + 1_000 * Math.max(0, pages - 2));
}

/** Online applicants mostly pay on the portal (level 4); a few fees due at receipt go unrecorded. */
function pickPayment(random: Random, channel: Channel): Scenario['payment'] {
  if (channel === 'online' && random.chance(0.65)) return 'online';
  return random.chance(0.96) ? 'desk' : 'unpaid';
}

const comments: Record<RatingLevel, readonly string[]> = {
  5: ['Cán bộ hướng dẫn tận tình, trả kết quả sớm hơn hẹn.', 'Rất hài lòng, thủ tục nhanh gọn.', 'Cảm ơn Trung tâm đã hỗ trợ chu đáo.'],
  4: ['Cán bộ nhiệt tình, chỉ phải chờ một chút.', 'Hài lòng.', 'Hướng dẫn rõ ràng.'],
  3: ['Bình thường.', 'Phải đi lại hai lần mới nộp đủ giấy tờ.'],
  2: ['Phải chờ lâu mới đến lượt.', 'Trả kết quả chậm so với giấy hẹn.'],
  1: ['Trả kết quả trễ hẹn, không được báo trước.', 'Hướng dẫn không rõ, phải bổ sung nhiều lần.'],
};

/** About half the applicants rate the service; a late result is rated lower. */
function pickRating(random: Random, late: boolean): Scenario['rating'] {
  if (!random.chance(0.55)) return null;
  const level = random.weighted<RatingLevel>(
    late
      ? [[5, 15], [4, 30], [3, 25], [2, 20], [1, 10]]
      : [[5, 58], [4, 30], [3, 8], [2, 3], [1, 1]],
  );
  const comment = random.chance(level <= 2 ? 0.8 : 0.3) ? random.pick(comments[level]) : '';
  return { level, comment, channel: random.chance(0.8) ? 'counter' : 'lookup' };
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
