import { useTranslation } from 'react-i18next';

/**
 * The translation function of the register sheet: always Vietnamese. Form 07 is an
 * official record in Vietnamese even when an officer works in English.
 */
export function useSheetTranslation() {
  return useTranslation(undefined, { lng: 'vi' }).t;
}
