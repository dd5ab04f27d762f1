/**
 * A barcode or QR scanner is a keyboard that types very fast: every character of the code
 * a few milliseconds after the previous one, then Enter. A person types 100 ms or more
 * apart. The detector tells the two apart by the gaps between keys.
 */
export interface BurstDetectorOptions {
  /** The longest pause between two keys of one scan. @default 50 */
  maxGapMs?: number;
  /** The fewest characters a scan is made of (shorter bursts are ordinary typing). @default 8 */
  minLength?: number;
  /** The clock, in milliseconds. @default Date.now */
  now?: () => number;
}

export interface BurstDetector {
  /**
   * Feeds one key (`KeyboardEvent.key`). Returns the burst it ends — the characters typed
   * fast enough since the last pause — when `key` is Enter, else null.
   */
  key(key: string): string | null;
  /** Forgets what was typed (focus moved into a text field, a shortcut with Ctrl…). */
  reset(): void;
}

export function createBurstDetector({ maxGapMs = 50, minLength = 8, now = Date.now }: BurstDetectorOptions = {}): BurstDetector {
  let buffer = '';
  let last = Number.NEGATIVE_INFINITY;

  function reset() {
    buffer = '';
    last = Number.NEGATIVE_INFINITY;
  }

  return {
    key(key) {
      const at = now();
      const inBurst = at - last <= maxGapMs;
      if (key === 'Enter') {
        const burst = inBurst && buffer.length >= minLength ? buffer : null;
        reset();
        return burst;
      }
      // Shift (for capitals) and other keys without a character neither add nor break a burst.
      if (key.length !== 1) return null;
      buffer = inBurst ? buffer + key : key;
      last = at;
      return null;
    },
    reset,
  };
}
