import { describe, expect, it } from 'vitest';
import { foldText } from './text.ts';

describe('foldText', () => {
  it.each([
    ['Nguyễn Văn A', 'nguyen van a'],
    ['ĐỖ THỊ Hằng', 'do thi hang'],
    ['  Phường   Bến Nghé ', 'phuong ben nghe'],
    ['Trần Đức Thắng', 'tran duc thang'],
    ['Ỷ Lan', 'y lan'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});
