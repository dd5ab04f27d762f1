import { z } from 'zod';
import { messageCode, messageCodes, type MessageCode } from '../messages.ts';

/**
 * The years a date sent to the API may fall in. Anything outside is a typo or an attack,
 * and refusing it keeps the Vietnam-day arithmetic far from the database's limits.
 */
export const SUPPORTED_YEARS = { from: 2000, to: 2100 } as const;
const yearOutOfRange = { message: messageCode('year_out_of_range'), params: SUPPORTED_YEARS };

/** True when an ISO date or instant (4-digit year first) falls in the supported years. */
export function inSupportedYears(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return year >= SUPPORTED_YEARS.from && year <= SUPPORTED_YEARS.to;
}

/** An ISO 8601 instant with offset or Z, in the supported years; `error` replaces the format message. */
export function instant(error?: MessageCode) {
  return z.iso.datetime({ offset: true, ...(error ? { error } : {}) }).refine(inSupportedYears, yearOutOfRange);
}

/** A calendar day, yyyy-mm-dd, in the supported years. */
export function localDay(error?: MessageCode) {
  return z.iso.date(error ? { error } : undefined).refine(inSupportedYears, yearOutOfRange);
}

/** ISO 8601 instant as sent over the API (always with offset or Z). */
export const Instant = instant();
export const Uuid = z.uuid();

/** Text that must be given: `required` is the code for both a missing and an empty value; too long is `text_too_long`. */
export const requiredText = (required: MessageCode, max: number) =>
  z
    .string({ error: (issue) => (issue.code === 'invalid_type' ? required : undefined) })
    .trim()
    .min(1, messageCode(required))
    .max(max);

/** Optional free text: trimmed, empty when left out. */
export const optionalText = (max: number) => z.string().trim().max(max).default('');

/** A local date, YYYY-MM-DD. */
export const LocalDate = localDay();

/** PostgreSQL's `integer`: a larger number sent for an integer column is refused here, not by the database. */
export const PG_INTEGER_MAX = 2_147_483_647;

/** The version of a row the user saw (optimistic concurrency): a stale one gets 409. */
export const RowVersion = z
  .number({ error: messageCode('record_version_required') })
  .int()
  .min(1)
  .max(PG_INTEGER_MAX)
  .meta({ description: 'The version the user saw; a stale one gets 409' });

/** `RowVersion` in a query string (`?version=3`). */
export const RowVersionParam = z.coerce
  .number({ error: messageCode('record_version_required') })
  .int()
  .min(1)
  .max(PG_INTEGER_MAX)
  .meta({ description: 'The version the user saw; a stale one gets 409' });

const MessageCodeSchema = z.enum(messageCodes).meta({
  id: 'MessageCode',
  description: 'Which sentence to show a person; translate it with its params. The list and the Vietnamese texts: src/domain/messages.ts',
});
const MessageParamsSchema = z
  .record(z.string(), z.union([z.string(), z.number()]))
  .meta({ description: 'Values of the `{{name}}` placeholders of the code\'s text' });

/** One field's problem in an error body. */
export const FieldMessage = z
  .object({
    code: MessageCodeSchema,
    params: MessageParamsSchema.optional(),
    message: z.string().meta({ description: 'The sentence in Vietnamese, for clients that do not translate' }),
  })
  .meta({ id: 'FieldMessage' });
export type FieldMessage = z.infer<typeof FieldMessage>;

/**
 * The one error body every API error uses: `error` for programs, `code` + `params` for
 * people (translated by the client), `message` for clients that do not translate.
 */
export const ApiErrorBody = z
  .object({
    error: z.string().meta({
      description: 'The kind of failure, for programs to branch on: validation_failed, unauthorized, forbidden, not_found, conflict, stale_version, invalid_transition, …',
    }),
    code: MessageCodeSchema,
    params: MessageParamsSchema.optional(),
    message: z.string().meta({ description: 'The sentence in Vietnamese, for clients that do not translate' }),
    fields: z.record(z.string(), FieldMessage).optional().meta({ description: 'Field path (e.g. applicant.phone) → what is wrong with it' }),
  })
  .meta({ id: 'ApiError' });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/**
 * Schemas the API answers with carry `meta({ id })`: their name in the API document
 * (components/schemas), and so in the client's types generated from it.
 */
export const HolderRef = z.object({
  unitId: Uuid,
  unitName: z.string(),
  unitShortName: z.string(),
  userId: Uuid.nullable(),
  userName: z.string().nullable(),
}).meta({ id: 'HolderRef' });
export type HolderRef = z.infer<typeof HolderRef>;
