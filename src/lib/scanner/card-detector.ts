import { scannedCardIdNumber } from '../../domain/card-shape.ts';

/**
 * A citizen ID card's QR code, as a desk scanner types it: the 12-digit ID, then `|`, then
 * the rest of the card (names, addresses with `/`, letters that are shortcuts elsewhere),
 * then Enter. A person never types twelve digits and `|`, so from the `|` on the keys are
 * the card's: the caller takes them (no shortcut acts on them) until Enter ends the card.
 * No timing is involved: the card's shape is enough (see the README, "A citizen ID card is
 * read from its keystrokes").
 */
export interface CardDetector {
  /**
   * Feeds one key (`KeyboardEvent.key`). `take` says the key belongs to a card (the caller
   * keeps it from everything else); `card` is the whole card's text when this key (Enter)
   * ended one.
   */
  key(key: string): { take: boolean; card: string | null };
  /** True from the `|` after the twelve digits until the card ends. */
  readonly inCard: boolean;
  /** Forgets what was typed. */
  reset(): void;
}

export function createCardDetector(): CardDetector {
  let buffer = '';
  const inCard = () => scannedCardIdNumber(buffer) !== null;

  return {
    key(key) {
      if (key === 'Enter') {
        const card = inCard() ? buffer : null;
        buffer = '';
        return { take: card !== null, card };
      }
      // Shift and other keys without a character neither add to nor break a card.
      if (key.length !== 1) return { take: inCard(), card: null };
      if (inCard()) {
        buffer += key;
        return { take: true, card: null };
      }
      if (/^\d$/.test(key)) {
        buffer = /^\d{0,11}$/.test(buffer) ? buffer + key : key;
        return { take: false, card: null };
      }
      if (key === '|' && /^\d{12}$/.test(buffer)) {
        buffer += key;
        return { take: true, card: null };
      }
      buffer = '';
      return { take: false, card: null };
    },
    get inCard() {
      return inCard();
    },
    reset() {
      buffer = '';
    },
  };
}
