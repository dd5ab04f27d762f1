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
