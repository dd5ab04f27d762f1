import { describe, expect, it } from 'vitest';
import { auditChanges } from './audit.ts';
import { parseCalendarLines } from './calendar-paste.ts';
import { readCatalogueRows, readChoice, readDate, readNumber } from './catalogue-import.ts';
import { defaultLegShares, legSharesProblem } from './control-slip.ts';
import { defaultNotificationTexts, renderNotification, unknownPlaceholders } from './notifications.ts';
import { changedRules, earliestEffectiveFrom, versionStates, type ProcedureRules } from './procedures.ts';

describe('procedure versions', () => {
  const rules: ProcedureRules = {
    duration: { unit: 'working_days', amount: 3 },
    feeLines: [{ kind: 'charge', amount: 28000, note: '' }],
    feeDue: 'at_receipt',
    supplementClock: 'pause',
    documents: [{ name: 'Tờ khai', required: true, defaultForm: 'original', defaultCount: 1 }],
    legShares: defaultLegShares,
  };

  it('names exactly the rules an edit changes', () => {
    expect(changedRules(rules, rules)).toEqual([]);
    expect(changedRules(rules, { ...rules, duration: { unit: 'working_days', amount: 0.5 }, supplementClock: 'restart' })).toEqual(['duration', 'supplementClock']);
    expect(changedRules(rules, { ...rules, documents: [{ ...rules.documents[0]!, required: false }] })).toEqual(['documents']);
    expect(changedRules(rules, { ...rules, feeLines: [] })).toEqual(['feeLines']);
    expect(changedRules(rules, { ...rules, feeDue: 'before_return' })).toEqual(['feeDue']);
    expect(changedRules(rules, { ...rules, legShares: { ...defaultLegShares, handler: 0.6, approval: 0.2 } })).toEqual(['legShares']);
    // A same-day procedure has no amount to compare.
    expect(changedRules({ ...rules, duration: { unit: 'same_day', amount: 0 } }, { ...rules, duration: { unit: 'same_day', amount: 5 } })).toEqual([]);
  });

  it('puts the last version that has taken effect in force, the later ones upcoming', () => {
    const versions = [{ effectiveFrom: '2025-07-01' }, { effectiveFrom: '2026-11-23' }, { effectiveFrom: '2026-11-23' }, { effectiveFrom: '2027-01-01' }];
    expect(versionStates(versions, '2026-11-22')).toEqual(['current', 'upcoming', 'upcoming', 'upcoming']);
    // Two versions from the same day: the later revision replaced the earlier one that day.
    expect(versionStates(versions, '2026-11-23')).toEqual(['past', 'past', 'current', 'upcoming']);
    expect(versionStates(versions, '2027-06-01')).toEqual(['past', 'past', 'past', 'current']);
    expect(earliestEffectiveFrom('2026-11-23', '2026-12-01')).toBe('2026-12-01');
    expect(earliestEffectiveFrom('2026-11-23', '2025-07-01')).toBe('2026-11-23');
  });

  it('accepts leg shares that make a whole', () => {
    expect(legSharesProblem(defaultLegShares)).toBeNull();
    expect(legSharesProblem({ desk_intake: 0.25, department: 0.25, handler: 0.25, approval: 0.2 })).toBe('sum_not_one');
    expect(legSharesProblem({ desk_intake: -0.1, department: 0.25, handler: 0.65, approval: 0.2 })).toBe('out_of_range');
  });
});

describe('the catalogue workbook', () => {
  it('reads numbers, dates and choices as catalogues write them', () => {
    expect(readNumber('0,5')).toBe(0.5);
    expect(readNumber(4.5)).toBe(4.5);
    expect(readNumber('28.000', { thousands: true })).toBe(28000);
    expect(readNumber('2.000.000 đ', { thousands: true })).toBe(2000000);
    expect(readNumber('abc')).toBeUndefined();
    expect(readDate('01/12/2026')).toBe('2026-12-01');
    expect(readDate(new Date(Date.UTC(2026, 11, 1)))).toBe('2026-12-01');
    expect(readDate('31/02/2026')).toBeUndefined();
    expect(readChoice('durationUnit', 'Ngay lam viec')).toBe('working_days');
    expect(readChoice('durationUnit', 'ngày')).toBe('calendar_days');
    expect(readChoice('feeKind', 'LỆ PHÍ')).toBe('charge');
    expect(readChoice('yesNo', 'x')).toBe('yes');
    expect(readChoice('supplementClock', 'đợi')).toBeUndefined();
  });

  it('attaches checklist and fee lines to their procedure and keeps every problem with its place', () => {
    const { rows, problems } = readCatalogueRows(
      [
        { row: 2, cells: { code: '1.1', name: 'A', fieldCode: 'HT', durationUnit: 'ngày làm việc', durationAmount: '0,5', decidingUnitCode: 'U1' } },
        { row: 3, cells: { code: '1.2', name: 'B', fieldCode: 'HT', durationUnit: 'tuần', decidingUnitCode: 'U1', share_desk_intake: 10 } },
        { row: 4, cells: { code: '1.1', name: 'C', fieldCode: 'HT', durationUnit: 'trong ngày', decidingUnitCode: 'U1' } },
      ],
      [
        { row: 2, cells: { code: '1.1', position: 2, name: 'Bản sao', required: 'không', defaultForm: 'bản chụp' } },
        { row: 3, cells: { code: '1.1', position: 1, name: 'Tờ khai' } },
        { row: 4, cells: { code: '9.9', name: 'Lạc' } },
      ],
      [{ row: 2, cells: { code: '1.1', kind: 'phí', amount: '2.000', note: '/trang' } }],
    );
    expect(rows[0]).toMatchObject({
      code: '1.1',
      durationUnit: 'working_days',
      durationAmount: 0.5,
      supplementClock: 'pause',
      onlineLevel: 'partial',
      legShares: null,
      active: true,
      problems: [],
    });
    expect(rows[0]!.documents?.map((d) => [d.name, d.required, d.defaultForm])).toEqual([
      ['Tờ khai', true, 'original'],
      ['Bản sao', false, 'photocopy'],
    ]);
    expect(rows[0]!.feeLines).toEqual([{ row: 2, kind: 'fee', amount: 2000, note: '/trang' }]);
    expect(rows[1]!.problems.map((p) => [p.row, p.column, p.message.code])).toEqual([
      [3, 'Đơn vị thời hạn', 'import_cell_invalid'],
      [3, 'Tỷ lệ phòng chuyên môn (%)', 'import_shares_incomplete'],
    ]);
    expect(rows[2]!.problems.map((p) => p.message)).toEqual([{ code: 'import_code_duplicate', params: { code: '1.1', row: 2 } }]);
    expect(problems.map((p) => [p.sheet, p.row, p.message.code])).toEqual([['documents', 4, 'import_procedure_unknown']]);
  });
});

describe('a pasted calendar', () => {
  it('reads one day per line, swapped working days by their name, and points at the lines it cannot read', () => {
    const { days, problems } = parseCalendarLines('01/01/2027, Tết Dương lịch\n\n9/1/2027\tLàm bù cho ngày 04/01\n31/02/2027, Sai ngày\n01/01/2027; Trùng\nkhông phải ngày');
    expect(days).toEqual([
      { date: '2027-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
      { date: '2027-01-09', kind: 'working_day', name: 'Làm bù cho ngày 04/01' },
    ]);
    expect(problems.map((p) => [p.line, p.message.code])).toEqual([
      [4, 'calendar_line_invalid'],
      [5, 'calendar_line_duplicate'],
      [6, 'calendar_line_invalid'],
    ]);
  });
});

describe('the audit log', () => {
  it('shows what changed, by path, both sides', () => {
    expect(auditChanges({ name: 'A', week: { friday: { end: '17:00' }, monday: { end: '17:00' } } }, { name: 'B', week: { friday: { end: '16:00' }, monday: { end: '17:00' } } })).toEqual([
      { path: 'name', before: 'A', after: 'B' },
      { path: 'week.friday.end', before: '17:00', after: '16:00' },
    ]);
    expect(auditChanges(null, { code: 'HT' })).toEqual([{ path: 'code', before: undefined, after: 'HT' }]);
    expect(auditChanges({ documents: [{ name: 'x' }] }, { documents: [] })).toEqual([{ path: 'documents', before: [{ name: 'x' }], after: [] }]);
  });
});

describe('the messages to applicants', () => {
  it('uses the administrator’s text and refuses placeholders its step does not provide', () => {
    const texts = { result_ready: { subject: 'Kết quả {code}', body: 'Hồ sơ {code} đã có kết quả tại {centre}.' } };
    expect(renderNotification('result_ready', 'sms', { code: 'H-1', centre: 'Trung tâm' }, texts)).toEqual({ subject: '', body: 'Ho so H-1 da co ket qua tai Trung tam.' });
    expect(renderNotification('received', 'email', { code: 'H-1' }, texts).subject).toBe(defaultNotificationTexts.received.subject.replace('{code}', 'H-1'));
    expect(unknownPlaceholders('result_ready', 'Hẹn {appointmentAt}, {code}, {deadline}')).toEqual(['appointmentAt', 'deadline']);
    expect(unknownPlaceholders('received', 'Hẹn {appointmentAt}')).toEqual([]);
  });
});
