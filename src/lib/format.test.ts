import { describe, expect, it } from 'vitest';
import { formatMoney } from './format.ts';

describe('format', () => {
  it('formats đồng with dot grouping and the ₫ sign', () => {
    expect(formatMoney(10000)).toBe('10.000\u00a0₫');
    expect(formatMoney(2_000_000)).toBe('2.000.000\u00a0₫');
    expect(formatMoney(0)).toBe('0\u00a0₫');
  });
});
