import { useTranslation } from 'react-i18next';

/**
 * The translation function of the printed sheet: always Vietnamese. The official forms
 * are legal documents in Vietnamese even when an officer works in English.
 */
export function useSheetTranslation() {
  return useTranslation(undefined, { lng: 'vi' }).t;
}
