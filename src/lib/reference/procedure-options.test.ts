import type { ComboboxParsedItem } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../domain/schemas/catalogue.ts';
import { procedureFilter, procedureOptions } from './procedure-options.ts';

function procedure(id: string, code: string, name: string, fieldName: string): Procedure {
  return {
    id, code, name, fieldCode: fieldName, fieldName, durationUnit: 'working_days', durationAmount: 3, feeAmount: 0, feeNote: '', feeLines: [], feeDue: 'at_receipt',
    decidingUnitId: id, decidingUnitName: '', supplementClock: 'pause', onlineLevel: 'full', documents: [],
  };
}

const procedures = [
  procedure('a', '1.001193', 'Đăng ký khai sinh', 'Hộ tịch'),
  procedure('b', '1.004873', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'Hộ tịch'),
  procedure('c', '2.000815', 'Chứng thực bản sao từ bản chính', 'Chứng thực'),
];

function labels(options: ComboboxParsedItem<string>[]): string[] {
  return options.flatMap((option) => ('group' in option ? option.items.map((item) => item.label) : [option.label]));
}

describe('procedure picker options', () => {
  const options = procedureOptions(procedures);
  const filter = procedureFilter(procedures);
  const search = (text: string) => labels(filter({ options, search: text, limit: Infinity }));

  it('groups procedures by field', () => {
    expect(options.map((group) => group.group)).toEqual(['Hộ tịch', 'Chứng thực']);
    expect(options[0]!.items.map((item) => item.value)).toEqual(['a', 'b']);
  });

  it('finds a procedure typed without diacritics, words in any order', () => {
    expect(search('xac nhan tinh trang')).toEqual(['Cấp Giấy xác nhận tình trạng hôn nhân']);
    expect(search('HON NHAN xac')).toEqual(['Cấp Giấy xác nhận tình trạng hôn nhân']);
    expect(search('đăng ký')).toEqual(['Đăng ký khai sinh']);
  });

  it('finds procedures by national code or by field', () => {
    expect(search('1.004873')).toEqual(['Cấp Giấy xác nhận tình trạng hôn nhân']);
    expect(search('chung thuc')).toEqual(['Chứng thực bản sao từ bản chính']);
    expect(search('ho tich')).toEqual(['Đăng ký khai sinh', 'Cấp Giấy xác nhận tình trạng hôn nhân']);
  });

  it('shows everything for an empty search and nothing for a miss', () => {
    expect(search('  ')).toHaveLength(3);
    expect(search('giay phep lai xe')).toEqual([]);
  });
});
