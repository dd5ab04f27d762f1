import { citizenIdProblem } from './citizen.ts';
import type { Gender } from './gender.ts';
import { scannedCardIdNumber } from './card-shape.ts';

/** What the QR code on a chip-based citizen ID card (CCCD) says about its holder. */
export interface CitizenCard {
  /** The 12-digit personal identification number. */
  idNumber: string;
  /** The old 9-digit ID (CMND), when the card lists one. */
  oldIdNumber: string | null;
  fullName: string;
  /** YYYY-MM-DD. */
  dateOfBirth: string;
  gender: Gender | null;
  /** Place of permanent residence, as printed. */
  address: string;
  /** YYYY-MM-DD, when present and valid. */
  issueDate: string | null;
}

/** `ddmmyyyy` → `YYYY-MM-DD`, or null when it is not a real date. */
function cardDate(value: string): string | null {
  const match = /^(\d{2})(\d{2})(\d{4})$/.exec(value);
  if (!match) return null;
  const [, dd, mm, yyyy] = match;
  const date = new Date(Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd)));
  const iso = `${yyyy}-${mm}-${dd}`;
  return date.toISOString().slice(0, 10) === iso ? iso : null;
}

function gender(value: string): CitizenCard['gender'] {
  const folded = value.toLowerCase();
  if (folded === 'nam' || folded === 'male') return 'male';
  if (folded === 'nữ' || folded === 'nu' || folded === 'female') return 'female';
  return null;
}

/** Trims, joins runs of whitespace and composes diacritics (NFC), as the API stores text. */
const clean = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Reads the QR code of a chip-based citizen ID card, as a desk scanner types it:
 * `<12-digit ID>|<old 9-digit ID or empty>|<full name>|<date of birth ddmmyyyy>|<gender>|<address>|<issue date ddmmyyyy>`.
 * Tolerates what real scans produce: stray whitespace and line ends, decomposed
 * diacritics, the old ID missing (empty, or its field left out), and extra fields after
 * the issue date. Returns null for anything that is not a card (a dossier code, a typo).
 */
export function parseCitizenCard(scanned: string): CitizenCard | null {
  const fields = scanned.split('|').map(clean);
  if (fields.length < 5) return null;
  const [idNumber = ''] = fields;
  if (citizenIdProblem(idNumber)) return null;
  // The old ID's field is sometimes left out altogether: then the name comes second.
  const hasOldIdField = fields[1] === '' || /^\d{9}$/.test(fields[1] ?? '');
  const rest = hasOldIdField ? fields.slice(2) : fields.slice(1);
  const oldIdNumber = hasOldIdField && fields[1] ? fields[1] : null;
  const [fullName = '', birth = '', sex = '', address = '', issued = ''] = rest;
  const dateOfBirth = cardDate(birth);
  if (!fullName || /\d/.test(fullName) || !dateOfBirth) return null;
  return {
    idNumber,
    oldIdNumber,
    fullName,
    dateOfBirth,
    gender: gender(sex),
    address,
    issueDate: cardDate(issued),
  };
}

/** Does this look like the start of a card's QR (a 12-digit ID and a separator)? For scan routing. */
export function looksLikeCitizenCard(scanned: string): boolean {
  return scannedCardIdNumber(scanned) !== null;
}
