import { useEffect, useEffectEvent } from 'react';
import { createBurstDetector } from './burst-detector.ts';
import { createCardDetector } from './card-detector.ts';

const typedInputTypes = new Set(['text', 'search', 'email', 'tel', 'url', 'password', 'number', 'date', 'datetime-local', 'month', 'time', 'week']);

/**
 * A field that takes typed text: a scan there is typed into it, as any keyboard's would be.
 * A read-only one (a picker that is not searchable) takes none: a scan there opens the dossier.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLTextAreaElement) return !target.readOnly;
  return target instanceof HTMLInputElement && typedInputTypes.has(target.type) && !target.readOnly;
}

export interface ScanHandlers {
  /**
   * A fast burst of keys ending in Enter (a receipt's dossier code); returns true when it
   * took it (the Enter then does nothing else, e.g. it does not also follow the focused link).
   */
  onBurst: (text: string) => boolean;
  /**
   * A citizen ID card's QR code (twelve digits, `|`, the rest of the card, Enter). Left out
   * where a page reads cards itself (the intake form fills its applicant from them).
   */
  onCard?: (text: string) => void;
}

/**
 * One listener for everything a desk scanner types anywhere on the page except into text
 * fields: receipts' dossier codes (told from typing by their speed, `createBurstDetector`)
 * and citizen ID cards (told by their shape, `createCardDetector`: once a key shows it is a
 * card, the card's keys reach nothing else, so a `/` in an address does not jump to the
 * search box and a `k` in a name does not move the list's selection).
 */
export function useScanner({ onBurst, onCard }: ScanHandlers) {
  const handleBurst = useEffectEvent(onBurst);
  const handleCard = useEffectEvent((text: string) => onCard?.(text));
  const readsCards = onCard !== undefined;
  useEffect(() => {
    const bursts = createBurstDetector();
    const cards = createCardDetector();
    const take = (event: KeyboardEvent) => {
      event.preventDefault();
      event.stopPropagation();
    };
    const listener = (event: KeyboardEvent) => {
      if (event.isComposing || isTypingTarget(event.target)) {
        bursts.reset();
        cards.reset();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) {
        // Alt+numpad codes spell a card's diacritics: part of the card, not a shortcut.
        if (readsCards && cards.inCard) return take(event);
        bursts.reset();
        cards.reset();
        return;
      }
      if (readsCards) {
        const { take: cardKey, card } = cards.key(event.key);
        if (card !== null) {
          bursts.reset();
          handleCard(card);
        }
        if (cardKey) return take(event);
      }
      const burst = bursts.key(event.key, event.timeStamp);
      if (burst !== null && handleBurst(burst)) take(event);
    };
    // Capture: before the focused element or any shortcut sees the key.
    window.addEventListener('keydown', listener, { capture: true });
    return () => window.removeEventListener('keydown', listener, { capture: true });
  }, [readsCards]);
}
