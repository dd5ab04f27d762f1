import { regexes } from 'zod/v4/core';

/**
 * The API's string formats as plain checks, for code that must not load Zod's parsers (the
 * dossier list reads its URL before its first paint). They use Zod's own patterns, the ones
 * `z.uuid()` and `z.iso.date()` use, so a value passes here exactly when the API's schema
 * takes it (src/domain/schemas/common.ts; tested against it in formats.test.ts).
 */

/**
 * The years a date sent to the API may fall in. Anything outside is a typo or an attack,
 * and refusing it keeps the Vietnam-day arithmetic far from the database's limits.
 */
export const SUPPORTED_YEARS = { from: 2000, to: 2100 } as const;

/** True when an ISO date or instant (4-digit year first) falls in the supported years. */
export function inSupportedYears(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return year >= SUPPORTED_YEARS.from && year <= SUPPORTED_YEARS.to;
}

const uuidPattern = regexes.uuid();

/** An RFC 9562 UUID, as `z.uuid()` takes it. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

/** A calendar day, yyyy-mm-dd (a real one: no 30 February), in the supported years. */
export function isLocalDay(value: string): boolean {
  return regexes.date.test(value) && inSupportedYears(value);
}

/** A yes/no flag in a query string. */
export const booleanTexts = ['true', 'false'] as const;
export type BooleanText = (typeof booleanTexts)[number];
