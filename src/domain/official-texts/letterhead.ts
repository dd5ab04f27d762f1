import type { CentreSettings } from '../schemas/catalogue.ts';
import { foldText } from '../text.ts';

/** Capitals as a Vietnamese reader expects them ("xã" → "XÃ", never a dotless I). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/**
 * The issuing body under the people's committee: the centre's name without a trailing
 * commune name, which the line above already gives ("UBND XÃ HOÀNG AN / TRUNG TÂM PHỤC VỤ
 * HÀNH CHÍNH CÔNG", not "… CÔNG XÃ HOÀNG AN" wrapped over two lines).
 */
export function issuingBody(centre: Pick<CentreSettings, 'centreName' | 'communeName'>): string {
  const name = centre.centreName.trim();
  const commune = centre.communeName.trim();
  if (commune && foldText(name).endsWith(` ${foldText(commune)}`)) {
    return upper(name.slice(0, name.length - commune.length).trim());
  }
  return upper(name);
}

/** Examples in the forms' own words, shown beside the fields that set them (Vietnamese in every language). */
export const officialExamples = {
  /** Titles a signer's block commonly carries. */
  signerTitle: 'CHỦ TỊCH, KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
  /** The line before the date, for the place "Hoàng An". */
  placeDate: '"Hoàng An, ngày … tháng … năm …"',
} as const;
