import { describe, expect, it } from 'vitest';
import { CitizenId, MobilePhone, citizenIdProblem } from './citizen.ts';
import { issueMessage } from './schemas/zod-messages.ts';

describe('citizen ID', () => {
  it.each(['001090012345', '010203004567', '079199000001', '096312345678'])('accepts %s', (id) => {
    expect(citizenIdProblem(id)).toBeUndefined();
  });
  it.each([
    ['12345678901', { code: 'id_number_length' }],
    ['0010900123456', { code: 'id_number_length' }],
    ['00109001234a', { code: 'id_number_length' }],
    ['003090012345', { code: 'id_number_province', params: { province: '003' } }],
    ['099090012345', { code: 'id_number_province', params: { province: '099' } }],
    ['001490012345', { code: 'id_number_century' }],
  ])('rejects %s (%j)', (id, problem) => {
    expect(citizenIdProblem(id)).toEqual(problem);
    const parsed = CitizenId.safeParse(id);
    expect(parsed.success).toBe(false);
    expect(parsed.error && issueMessage(parsed.error.issues[0]!)).toEqual(problem);
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
