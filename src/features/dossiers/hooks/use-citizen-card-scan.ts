import { useCallback, useEffect, useEffectEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { scannedCardIdNumber } from '../../../domain/card-shape.ts';
import { personPath, routePatterns } from '../../../lib/paths.ts';

/**
 * Outside the intake form, a scanned citizen ID card (CCCD) searches the dossiers of that
 * person: their page. Kept apart from the dossier-code scanner on purpose (one small hook a
 * page-wide scanner can call): `openPersonByCard` takes whatever a scanner typed and says
 * whether it was a card. Only the ID is needed, so the full card parser is not loaded here
 * (the person's page checks the number).
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

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * Listens for a card scanned while no text field has focus (a field gets the scan as typed
 * text; the search box reads a card on Enter). Twelve digits then `|` can only be a card:
 * from there the keys are the scan's, and Enter opens the person's page. The intake page
 * reads cards into its form instead.
 */
export function useCitizenCardScan(): void {
  const { pathname } = useLocation();
  const openPersonByCard = useOpenPersonByCard();
  const open = useEffectEvent(openPersonByCard);
  const onIntake = pathname === routePatterns.intake;

  useEffect(() => {
    if (onIntake) return undefined;
    let buffer = '';
    const listener = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || isTypingTarget(event.target)) {
        buffer = '';
        return;
      }
      const { key } = event;
      const inCard = /^\d{12}\|/.test(buffer);
      // Once it is a card, no shortcut acts on its characters (a "/" in an address…).
      const take = () => {
        event.preventDefault();
        event.stopPropagation();
      };
      if (key === 'Enter') {
        if (inCard) {
          take();
          open(buffer);
        }
        buffer = '';
      } else if (key.length !== 1) {
        // Shift and other keys without a character neither add to nor break a scan.
      } else if (inCard) {
        buffer += key;
        take();
      } else if (/^\d$/.test(key)) {
        buffer = /^\d{0,11}$/.test(buffer) ? buffer + key : key;
      } else if (key === '|' && /^\d{12}$/.test(buffer)) {
        buffer += key;
        take();
      } else {
        buffer = '';
      }
    };
    window.addEventListener('keydown', listener, { capture: true });
    return () => window.removeEventListener('keydown', listener, { capture: true });
  }, [onIntake]);
}
