/**
 * A barcode or QR scanner is a keyboard that types very fast: every character of the code
 * a few milliseconds after the previous one, then Enter. A person types 100 ms or more
 * apart. The detector tells the two apart by the average gap over the burst (one late key
 * on a busy page does not break a scan), a burst ending at any pause.
 */
export interface BurstDetectorOptions {
  /** The longest average gap between the keys of one scan. @default 50 */
  maxAverageGapMs?: number;
  /** A longer gap than this starts a new burst (and an Enter after it ends none). @default 150 */
  pauseMs?: number;
  /** The fewest characters a scan is made of (shorter bursts are ordinary typing). @default 8 */
  minLength?: number;
  /** The clock, in milliseconds. @default Date.now */
  now?: () => number;
}

export interface BurstDetector {
  /**
   * Feeds one key (`KeyboardEvent.key`), pressed at `at` (ms; the event's own time stamp, so
   * a busy page does not stretch the gaps; the clock by default). Returns the burst it
   * ends when `key` is Enter and what came before it was typed as fast as a scanner types.
   */
  key(key: string, at?: number): string | null;
  /** Forgets what was typed (focus moved into a text field, a shortcut with Ctrl…). */
  reset(): void;
}

export function createBurstDetector({ maxAverageGapMs = 50, pauseMs = 150, minLength = 8, now = Date.now }: BurstDetectorOptions = {}): BurstDetector {
  let buffer = '';
  let start = 0;
  let last = Number.NEGATIVE_INFINITY;

  function reset() {
    buffer = '';
    last = Number.NEGATIVE_INFINITY;
  }

  return {
    key(key, at = now()) {
      const paused = at - last > pauseMs;
      if (key === 'Enter') {
        const fast = buffer.length >= minLength && !paused && (last - start) / (buffer.length - 1) <= maxAverageGapMs;
        const burst = fast ? buffer : null;
        reset();
        return burst;
      }
      // Shift (for capitals) and other keys without a character neither add nor break a burst.
      if (key.length !== 1) return null;
      if (paused) {
        buffer = key;
        start = at;
      } else {
        buffer += key;
      }
      last = at;
      return null;
    },
    reset,
  };
}
