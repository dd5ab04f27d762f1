/**
 * Accent folding shared by search and storage: lower-case, Vietnamese diacritics removed,
 * đ → d. "Nguyễn Văn Đức" → "nguyen van duc". One function so the stored search text and
 * the typed query can never disagree.
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
