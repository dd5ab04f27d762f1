import { z } from './zod-locale.ts';
import { inSupportedYears, SUPPORTED_YEARS } from '../formats.ts';
import { messageCode, messageCodes, type MessageCode } from '../messages.ts';

export { inSupportedYears, SUPPORTED_YEARS };

const yearOutOfRange = { message: messageCode('year_out_of_range'), params: SUPPORTED_YEARS };

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
