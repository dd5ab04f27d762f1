import { describe, expect, it } from 'vitest';
import { CitizenId, MobilePhone, citizenIdProblem } from './citizen.ts';

describe('citizen ID', () => {
  it.each(['001090012345', '010203004567', '079199000001', '096312345678'])('accepts %s', (id) => {
    expect(citizenIdProblem(id)).toBeUndefined();
  });
  it.each([
    ['12345678901', '12 chữ số'],
    ['0010900123456', '12 chữ số'],
    ['00109001234a', '12 chữ số'],
    ['003090012345', 'Mã tỉnh'],
    ['099090012345', 'Mã tỉnh'],
    ['001490012345', 'thế kỷ'],
  ])('rejects %s (%s)', (id, fragment) => {
    expect(citizenIdProblem(id)).toContain(fragment);
    expect(CitizenId.safeParse(id).success).toBe(false);
  });
});

describe('mobile phone', () => {
  it.each(['0912345678', '0387654321', '0561234567', '0701234567', '0812345678'])('accepts %s', (phone) => {
    expect(MobilePhone.safeParse(phone).success).toBe(true);
  });
  it.each(['0212345678', '091234567', '09123456789', '+84912345678', '0412345678'])('rejects %s', (phone) => {
    expect(MobilePhone.safeParse(phone).success).toBe(false);
  });
});
