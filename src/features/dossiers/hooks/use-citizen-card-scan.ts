import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { scannedCardIdNumber } from '../../../domain/card-shape.ts';
import { personPath } from '../../../lib/paths.ts';

/**
 * Outside the intake form, a scanned citizen ID card (CCCD) searches the dossiers of that
 * person: their page. `openPersonByCard` takes whatever a scanner typed (into the search
 * box, or anywhere outside a text field: the app frame's scanner listener,
 * `src/lib/scanner/use-scanner.ts`) and says whether it was a card. Only the ID is needed,
 * so the full card parser is not loaded here (the person's page checks the number).
 */
export function useOpenPersonByCard(): (scanned: string) => boolean {
  const navigate = useNavigate();
  return useCallback(
    (scanned: string) => {
      const idNumber = scannedCardIdNumber(scanned);
      if (!idNumber) return false;
      void navigate(personPath(idNumber));
      return true;
    },
    [navigate],
  );
}
