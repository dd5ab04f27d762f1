import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, i18nReady } from './i18n.ts';

describe('processing times as the catalogue writes them', () => {
  // Catalogues load on demand: this test reads both languages.
  beforeAll(async () => {
    await i18nReady;
    await i18n.loadLanguages(['vi', 'en']);
  });

  it('shows fractional durations with the language’s decimal mark', () => {
    const vi = i18n.getFixedT('vi');
    expect(vi('duration.working_days', { count: 0.5 })).toBe('0,5 ngày làm việc');
    expect(vi('duration.working_hours', { count: 4.5 })).toBe('4,5 giờ làm việc');
    expect(vi('duration.working_days', { count: 3 })).toBe('3 ngày làm việc');
    expect(i18n.getFixedT('en')('duration.working_hours', { count: 4.5 })).toBe('4.5 working hours');
  });
});
