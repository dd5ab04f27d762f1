/**
 * What a citizen ID card's QR code starts with, as a scanner types it: the 12-digit ID, then
 * `|`. A person never types that, so it tells a scanned card from anything typed; screens
 * that only need to know whose card it is read the ID here without the full parser
 * (`parseCitizenCard`, which also checks the ID and reads the rest).
 */
const cardStart = /^\s*(\d{12})\s*\|/;

/** The card's ID number when `scanned` is shaped like a card's QR code, else null. */
export function scannedCardIdNumber(scanned: string): string | null {
  return cardStart.exec(scanned)?.[1] ?? null;
}
