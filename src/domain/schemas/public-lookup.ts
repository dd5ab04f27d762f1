import { z } from 'zod';
import { lookupDigitsPattern } from '../public-lookup.ts';
import { dossierActions } from '../dossier-lifecycle.ts';
import { returnMethods } from '../channels.ts';
import { messageCode } from '../messages.ts';
import { ChannelSchema, DossierStatusSchema } from './dossier-query.ts';
import { DossierFee } from './fees.ts';
import { RateInput } from './ratings.ts';
import { Instant, requiredText } from './common.ts';

// The public lookup (tra cứu hồ sơ): no account, the receipt's code and 4 digits.

/** The code on the receipt and the last 4 digits of the applicant's phone or ID number. */
export const PublicLookupRequest = z.object({
  code: requiredText('lookup_code_required', 60),
  digits: z.string({ error: messageCode('lookup_digits_invalid') }).trim().regex(lookupDigitsPattern, messageCode('lookup_digits_invalid')),
});
export type PublicLookupRequest = z.infer<typeof PublicLookupRequest>;

export const PublicRatingRequest = PublicLookupRequest.extend(RateInput.shape);
export type PublicRatingRequest = z.infer<typeof PublicRatingRequest>;

/**
 * What the public lookup answers: the procedure, the status in plain words, the unit now
 * holding the dossier, the appointment, the steps with dates, what to add if asked, and
 * when and where to collect the result. Units only, never people; no ID number, phone or
 * address of anyone.
 */
export const PublicDossier = z.object({
  code: z.string(),
  procedureName: z.string(),
  channel: ChannelSchema,
  status: DossierStatusSchema,
  /** The status code exchanged with the national portal (DVCQG, 1–10). */
  nationalStatusCode: z.number().int(),
  /** The status in plain words, in Vietnamese (the page shows its own translation of `status`). */
  statusText: z.string(),
  /** The unit now holding the dossier (never a person). */
  holderUnitName: z.string(),
  submittedAt: Instant.nullable(),
  receivedAt: Instant.nullable(),
  appointmentAt: Instant.nullable(),
  steps: z.array(
    z.object({
      at: Instant,
      action: z.enum(dossierActions),
      /** The step in plain words, in Vietnamese. */
      text: z.string(),
      /** The unit that held the dossier after the step. */
      unitName: z.string().nullable(),
    }),
  ),
  /** What the applicant must add, while the desk waits for it. */
  supplement: z
    .object({
      reason: z.string(),
      items: z.array(z.object({ name: z.string(), note: z.string() })),
      deadlineAt: Instant.nullable(),
    })
    .nullable(),
  result: z.object({
    /** Decided (approved): ready to collect, or already returned. */
    ready: z.boolean(),
    kind: z.enum(['granted', 'denied']).nullable(),
    returnMethod: z.enum(returnMethods),
    returnedAt: Instant.nullable(),
    /** Where the desk hands results over (its own name, address and phone). */
    place: z.object({ name: z.string(), address: z.string(), phone: z.string() }),
  }),
  fee: DossierFee.omit({ lines: true }),
  rating: z.object({
    given: z.boolean(),
    /** The result is returned and not yet rated: the page offers the rating. */
    open: z.boolean(),
  }),
}).meta({ id: 'PublicDossier' });
export type PublicDossier = z.infer<typeof PublicDossier>;

