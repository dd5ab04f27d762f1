/** Removes Vietnamese diacritics, keeping case: "Nguyễn Văn Đức" → "Nguyen Van Duc". */
export function removeDiacritics(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/**
 * Accent folding shared by search and storage: lower-case, Vietnamese diacritics removed,
 * đ → d. "Nguyễn Văn Đức" → "nguyen van duc". One function so the stored search text and
 * the typed query can never disagree.
 */
export function foldText(value: string): string {
  return removeDiacritics(value).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** What the one search box matches a dossier on: its code, names, ID number and phone, folded. */
export function dossierSearchText(parts: {
  code: string;
  applicantName: string;
  submitterName?: string | null;
  idNumber?: string | null;
  phone?: string | null;
}): string {
  return foldText([parts.code, parts.applicantName, parts.submitterName, parts.idNumber, parts.phone].filter(Boolean).join(' '));
}

/** Runs of up to this many consecutive name words are stored as one searchable element. */
export const SEARCH_RUN_WORDS = 4;

/**
 * The typed search as name words, when it is nothing else: folded text made only of plain
 * words (a–z, one space between). Anything else (a code, an ID number, a phone) is null and
 * is matched as text. Stored name words follow the same rule (migration 040).
 */
export function nameSearchWords(folded: string): string[] | null {
  return /^[a-z]+( [a-z]+)*$/.test(folded) ? folded.split(' ') : null;
}
