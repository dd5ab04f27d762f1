import type { ComboboxParsedItem } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { foldedFilter, foldedFilterBy } from './folded-filter.ts';

const staff: ComboboxParsedItem[] = [
  { value: 'mai', label: 'Trần Thị Mai — Chuyên viên' },
  { value: 'duc', label: 'Lê Văn Đức — Địa chính' },
  { group: 'Phòng Kinh tế', items: [{ value: 'kt', label: 'Phòng Kinh tế' }] },
];

function labels(options: ComboboxParsedItem[]): string[] {
  return options.flatMap((option) => ('group' in option ? option.items.map((item) => item.label) : [option.label]));
}

describe('the pickers’ search', () => {
  const search = (text: string) => labels(foldedFilter({ options: staff, search: text, limit: Infinity }));

  it('ignores diacritics, case and đ', () => {
    expect(search('tran thi mai')).toEqual(['Trần Thị Mai — Chuyên viên']);
    expect(search('DUC')).toEqual(['Lê Văn Đức — Địa chính']);
  });

  it('wants every typed word, in any order, and keeps groups that still match', () => {
    expect(search('mai chuyen')).toEqual(['Trần Thị Mai — Chuyên viên']);
    expect(search('mai dia')).toEqual([]);
    expect(search('kinh te')).toEqual(['Phòng Kinh tế']);
  });

  it('shows everything for an empty search', () => {
    expect(search('  ')).toHaveLength(3);
  });

  it('searches what the picker says an option is known by', () => {
    const byCode = foldedFilterBy((item) => `${item.label} ${item.value}`);
    expect(labels(byCode({ options: staff, search: 'kt', limit: Infinity }))).toEqual(['Phòng Kinh tế']);
  });
});
