import { describe, expect, it } from 'vitest';
import { createCardDetector } from './card-detector.ts';

const card = '001203004567|012345678|Nguyễn Văn Khánh|15081990|Nam|12/3 Lê Lợi, Phường 1|01062021';

/** Types `text` then Enter; what each key gave. */
function type(text: string, detector = createCardDetector()) {
  return [...text, 'Enter'].map((key) => detector.key(key));
}

describe('a citizen ID card typed by a scanner', () => {
  it('is told by twelve digits then `|`: from the `|` every key is the card\'s, and Enter gives the whole card', () => {
    const results = type(card);
    expect(results.slice(0, 12).every((result) => !result.take)).toBe(true);
    expect(results.slice(12).every((result) => result.take)).toBe(true);
    expect(results.at(-1)?.card).toBe(card);
    expect(results.slice(0, -1).every((result) => result.card === null)).toBe(true);
  });

  it('keeps the keys without a character (Shift for capitals) inside the card', () => {
    const fresh = createCardDetector();
    for (const key of '001203004567|') fresh.key(key);
    expect(fresh.key('Shift')).toEqual({ take: true, card: null });
    expect(fresh.inCard).toBe(true);
  });

  it('leaves typing alone: an ID number typed by hand, a dossier code, a slash or letters', () => {
    for (const text of ['001203004567', '000.00.00.H00-260101-0001', '12/3', 'kkjj?', '0012030045678|']) {
      const results = type(text);
      expect(results.every((result) => !result.take && result.card === null), text).toBe(true);
    }
  });

  it('starts again after a reset', () => {
    const detector = createCardDetector();
    for (const key of '001203004567|abc') detector.key(key);
    detector.reset();
    expect(detector.inCard).toBe(false);
    expect(detector.key('Enter')).toEqual({ take: false, card: null });
  });
});
