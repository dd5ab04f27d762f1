import { z } from 'zod';

/** ISO 8601 instant as sent over the API (always with offset or Z). */
export const Instant = z.iso.datetime({ offset: true });
export const Uuid = z.uuid();

/** The one error body every API error uses. */
export const ApiErrorBody = z.object({
  error: z.string().meta({ description: 'Machine-readable code, e.g. validation_failed, unauthorized' }),
  message: z.string().meta({ description: 'A sentence for a person, in Vietnamese' }),
  fields: z.record(z.string(), z.string()).optional().meta({ description: 'Field path → message' }),
});
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
