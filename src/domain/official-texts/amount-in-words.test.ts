import { describe, expect, it } from 'vitest';
import { amountInWords } from './amount-in-words.ts';

describe('amount in words on a fee receipt', () => {
  it('reads the fees of the catalogue as a receipt writes them', () => {
    expect(amountInWords(28_000)).toBe('Hai mươi tám nghìn đồng');
    expect(amountInWords(2_000)).toBe('Hai nghìn đồng');
    expect(amountInWords(75_000)).toBe('Bảy mươi lăm nghìn đồng');
    expect(amountInWords(105_000)).toBe('Một trăm linh năm nghìn đồng');
    expect(amountInWords(1_250_000)).toBe('Một triệu hai trăm năm mươi nghìn đồng');
  });
});
