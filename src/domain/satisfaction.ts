/**
 * The applicant's rating of the service, once per dossier after the result is returned: a
 * five-level scale as the national portal asks it (1 Rất không hài lòng … 5 Rất hài lòng)
 * and an optional comment, given on the desk's counter tablet or on the public lookup page.
 */
export const ratingLevels = [1, 2, 3, 4, 5] as const;
export type RatingLevel = (typeof ratingLevels)[number];

/** Where the rating was given. */
export const ratingChannels = ['counter', 'lookup'] as const;
export type RatingChannel = (typeof ratingChannels)[number];

export const ratingCommentMaxLength = 1000;

/** The dossier list's rating filter: one level, the dissatisfied ones, any rating, or none yet. */
export const ratingFilters = ['1', '2', '3', '4', '5', 'dissatisfied', 'rated', 'unrated'] as const;
export type RatingFilter = (typeof ratingFilters)[number];

/**
 * A dissatisfied rating (không hài lòng, rất không hài lòng) counts as a complaint in the
 * Decision 766 satisfaction figure. `dissatisfiedRatingSql` says the same over
 * `dossier_ratings` aliased `r` (tests/api/citizen-indicators.test.ts holds them together).
 */
export function isDissatisfied(level: number): boolean {
  return level <= 2;
}
export const dissatisfiedRatingSql = '(r.level <= 2)';

export interface SatisfactionCounts {
  /** Dossiers decided in the period. */
  decided: number;
  /** Of those, late by the Decision 766 rules (`lateFor766Sql`). */
  late: number;
  /** Of those, rated dissatisfied by the applicant. */
  dissatisfied: number;
}

/**
 * Decision 766 satisfaction: 100% less the late share and the share with complaints, both
 * over the dossiers decided in the period (a dossier both late and complained about counts
 * in both terms, as the formula has it), never below zero; null when nothing was decided.
 */
export function satisfactionIndex({ decided, late, dissatisfied }: SatisfactionCounts): number | null {
  if (decided <= 0) return null;
  return Math.max(0, 1 - late / decided - dissatisfied / decided);
}

/** Mean of the levels given, to two decimals; null without ratings. */
export function averageRating(levels: readonly number[]): number | null {
  if (levels.length === 0) return null;
  return Math.round((levels.reduce((sum, level) => sum + level, 0) / levels.length) * 100) / 100;
}
