import { z } from 'zod';
import { ratingChannels, ratingCommentMaxLength } from '../satisfaction.ts';
import { messageCode } from '../messages.ts';
import { Instant, optionalText } from './common.ts';

// The applicant's rating of the service (once per dossier, after the result is returned).

export const RatingLevel = z
  .number({ error: (issue) => (issue.code === 'invalid_type' ? messageCode('rating_level_required') : undefined) })
  .int()
  .min(1, messageCode('rating_level_required'))
  .max(5, messageCode('rating_level_required'));

/** POST /api/dossiers/{id}/actions/rate: the applicant rated the service on the counter tablet. */
export const RateInput = z.object({
  level: RatingLevel,
  comment: optionalText(ratingCommentMaxLength),
});
export type RateInput = z.infer<typeof RateInput>;

export const DossierRating = z.object({
  level: z.number().int(),
  comment: z.string(),
  channel: z.enum(ratingChannels),
  ratedAt: Instant,
}).meta({ id: 'DossierRating' });
export type DossierRating = z.infer<typeof DossierRating>;


/** The counter tablet: the dossier whose applicant is asked to rate (its code only, no personal data). */
export const CounterDossier = z.object({
  id: z.uuid(),
  code: z.string(),
  procedureName: z.string(),
  version: z.number().int(),
  returnedAt: Instant.nullable(),
  /** Already rated: the tablet thanks and waits for the next citizen. */
  rated: z.boolean(),
}).meta({ id: 'CounterDossier' });
export type CounterDossier = z.infer<typeof CounterDossier>;

export const AwaitingRating = z.object({ dossier: CounterDossier.nullable() }).meta({ id: 'AwaitingRating' });
