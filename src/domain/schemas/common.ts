import { z } from 'zod';

/**
 * The years a date sent to the API may fall in. Anything outside is a typo or an attack,
 * and refusing it keeps the Vietnam-day arithmetic far from the database's limits.
 */
export const SUPPORTED_YEARS = { from: 2000, to: 2100 } as const;
const yearOutOfRange = `Năm phải trong khoảng ${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to}`;

/** True when an ISO date or instant (4-digit year first) falls in the supported years. */
export function inSupportedYears(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return year >= SUPPORTED_YEARS.from && year <= SUPPORTED_YEARS.to;
}

/** An ISO 8601 instant with offset or Z, in the supported years; `error` replaces the format message. */
export function instant(error?: string) {
  return z.iso.datetime({ offset: true, ...(error ? { error } : {}) }).refine(inSupportedYears, yearOutOfRange);
}

/** A calendar day, yyyy-mm-dd, in the supported years. */
export function localDay(error?: string) {
  return z.iso.date(error ? { error } : undefined).refine(inSupportedYears, yearOutOfRange);
}

/** ISO 8601 instant as sent over the API (always with offset or Z). */
export const Instant = instant();
export const Uuid = z.uuid();

/** The one error body every API error uses. */
export const ApiErrorBody = z.object({
  error: z.string().meta({ description: 'Machine-readable code, e.g. validation_failed, unauthorized' }),
  message: z.string().meta({ description: 'A sentence for a person, in Vietnamese' }),
  fields: z.record(z.string(), z.string()).optional().meta({ description: 'Field path → message' }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export const HolderRef = z.object({
  unitId: Uuid,
  unitName: z.string(),
  unitShortName: z.string(),
  userId: Uuid.nullable(),
  userName: z.string().nullable(),
});
export type HolderRef = z.infer<typeof HolderRef>;
