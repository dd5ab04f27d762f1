import { describe, expect, it } from 'vitest';
import { issuingBody, upper } from './letterhead.ts';

describe('letterhead', () => {
  it('drops the commune already named by the line above', () => {
    expect(issuingBody({ centreName: 'Trung tâm Phục vụ hành chính công xã Hoàng An', communeName: 'Xã Hoàng An' })).toBe(
      'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
    );
  });

  it('keeps a name that does not end with the commune', () => {
    expect(issuingBody({ centreName: 'Bộ phận Một cửa', communeName: 'Xã Hoàng An' })).toBe('BỘ PHẬN MỘT CỬA');
  });

  it('upper-cases Vietnamese letters', () => {
    expect(upper('văn phòng hđnd và ubnd xã')).toBe('VĂN PHÒNG HĐND VÀ UBND XÃ');
  });
});
