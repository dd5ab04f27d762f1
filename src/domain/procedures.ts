import type { LegShares } from './control-slip.ts';
import type { Duration, SupplementClock } from './channels.ts';
import type { FeeDue, FeeLine } from './fees.ts';

/** Decree 42/2022: fully online (toàn trình), partly online (một phần), or not online. */
export const onlineLevels = ['full', 'partial', 'none'] as const;
export type OnlineLevel = (typeof onlineLevels)[number];

/** A checklist item as the rules compare it (ids and positions aside). */
export interface ChecklistRule {
  name: string;
  required: boolean;
  defaultForm: string;
  defaultCount: number;
}

/** What a dossier keeps from the procedure version it was received under. */
export interface ProcedureRules {
  duration: Duration;
  feeLines: readonly FeeLine[];
  /** When the fees are due: at receipt, or before the result is returned. */
  feeDue: FeeDue;
  supplementClock: SupplementClock;
  documents: readonly ChecklistRule[];
  legShares: LegShares;
}

/** The rules that differ between two versions (empty when an edit changes only names, field, unit, online level). */
export function changedRules(before: ProcedureRules, after: ProcedureRules): (keyof ProcedureRules)[] {
  const changed: (keyof ProcedureRules)[] = [];
  const sameDuration =
    before.duration.unit === after.duration.unit && (after.duration.unit === 'same_day' || before.duration.amount === after.duration.amount);
  if (!sameDuration) changed.push('duration');
  if (!sameList(before.feeLines, after.feeLines, (a, b) => a.kind === b.kind && a.amount === b.amount && a.note === b.note)) changed.push('feeLines');
  if (before.feeDue !== after.feeDue) changed.push('feeDue');
  if (before.supplementClock !== after.supplementClock) changed.push('supplementClock');
  if (
    !sameList(before.documents, after.documents, (a, b) => a.name === b.name && a.required === b.required && a.defaultForm === b.defaultForm && a.defaultCount === b.defaultCount)
  ) {
    changed.push('documents');
  }
  if ((Object.keys(before.legShares) as (keyof LegShares)[]).some((kind) => Math.abs(before.legShares[kind] - after.legShares[kind]) > 1e-9)) changed.push('legShares');
  return changed;
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((item, index) => same(item, b[index]!));
}

/** Where a version stands on `today` among its procedure's versions (sorted by revision). */
export function versionStates(versions: readonly { effectiveFrom: string }[], today: string): ('past' | 'current' | 'upcoming')[] {
  // The version in force is the last one (highest revision) that has taken effect.
  let current = -1;
  versions.forEach((version, index) => {
    if (version.effectiveFrom <= today) current = index;
  });
  return versions.map((_, index) => (index === current ? 'current' : index < current ? 'past' : 'upcoming'));
}

/** The first day a new version may take effect: today, and not before the latest version. */
export function earliestEffectiveFrom(today: string, latestEffectiveFrom: string | undefined): string {
  return latestEffectiveFrom && latestEffectiveFrom > today ? latestEffectiveFrom : today;
}
