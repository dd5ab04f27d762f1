import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBurstDetector } from './burst-detector.ts';

const code = '000.17.22.H56-261124-0006';

/** Types `text` one key every `gapMs`, then Enter after `enterGapMs`; returns what the detector made of it. */
function type(detector: ReturnType<typeof createBurstDetector>, text: string, gapMs: number, enterGapMs = gapMs) {
  for (const character of text) {
    vi.advanceTimersByTime(gapMs);
    expect(detector.key(character)).toBeNull();
  }
  vi.advanceTimersByTime(enterGapMs);
  return detector.key('Enter');
}

describe('the scanner burst detector', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-25T02:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns the code a scanner types, a few milliseconds a key, ending in Enter', () => {
    expect(type(createBurstDetector(), code, 8)).toBe(code);
  });

  it('ignores a person typing the same code (150 ms a key)', () => {
    expect(type(createBurstDetector(), code, 150)).toBeNull();
  });

  it('reads the gaps from the time stamps it is given (a busy page does not stretch them)', () => {
    const detector = createBurstDetector();
    [...code].forEach((character, index) => detector.key(character, 1000 + index * 10));
    vi.advanceTimersByTime(5000);
    expect(detector.key('Enter', 1000 + code.length * 10)).toBe(code);
  });

  it('counts an average gap of exactly the limit as a scan, one millisecond more as typing', () => {
    expect(type(createBurstDetector({ maxAverageGapMs: 50 }), code, 50)).toBe(code);
    expect(type(createBurstDetector({ maxAverageGapMs: 50 }), code, 51)).toBeNull();
  });

  it('keeps a scan whose one key came late (a busy page), as long as it is no pause', () => {
    const detector = createBurstDetector({ maxAverageGapMs: 50, pauseMs: 150 });
    [...code].forEach((character, index) => {
      vi.advanceTimersByTime(index === 10 ? 140 : 5);
      detector.key(character);
    });
    vi.advanceTimersByTime(5);
    expect(detector.key('Enter')).toBe(code);
  });

  it('ignores a burst whose Enter comes after a pause', () => {
    expect(type(createBurstDetector(), code, 8, 400)).toBeNull();
  });

  it('keeps only what came after the last pause: slow keys before a scan are not part of it', () => {
    const detector = createBurstDetector();
    vi.advanceTimersByTime(300);
    detector.key('j');
    vi.advanceTimersByTime(300);
    detector.key('k');
    vi.advanceTimersByTime(300);
    expect(type(detector, code, 5)).toBe(code);
  });

  it('ignores short bursts (a fast "ok" then Enter is typing, not a scan)', () => {
    expect(type(createBurstDetector({ minLength: 8 }), '1234567', 5)).toBeNull();
    expect(type(createBurstDetector({ minLength: 8 }), '12345678', 5)).toBe('12345678');
  });

  it('lets Shift (capitals) pass without breaking the burst', () => {
    const detector = createBurstDetector();
    for (const character of code) {
      vi.advanceTimersByTime(4);
      if (character === 'H') detector.key('Shift');
      detector.key(character);
    }
    vi.advanceTimersByTime(4);
    expect(detector.key('Enter')).toBe(code);
  });

  it('starts afresh after a scan and after reset', () => {
    const detector = createBurstDetector();
    expect(type(detector, code, 5)).toBe(code);
    for (const character of code.slice(0, 10)) {
      vi.advanceTimersByTime(5);
      detector.key(character);
    }
    detector.reset();
    vi.advanceTimersByTime(5);
    expect(detector.key('Enter')).toBeNull();
  });
});
