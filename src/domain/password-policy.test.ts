import { describe, expect, it } from 'vitest';
import { PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy.ts';

describe('a new password', () => {
  const context = { username: 'motcua1', currentPassword: 'Mat-khau-cu-2026' };

  it.each([
    ['Cay-bang-2026', undefined],
    ['a'.repeat(PASSWORD_MIN_LENGTH), undefined],
    ['a'.repeat(PASSWORD_MIN_LENGTH - 1), 'too_short'],
    // Counted in characters as a person sees them: an emoji is one.
    [`${'🌾'.repeat(PASSWORD_MIN_LENGTH - 1)}a`, undefined],
    ['x'.repeat(201), 'too_long'],
    ['MOTCUA1-va-hon-nua', 'contains_username'],
    ['toi-la-motcua1', 'contains_username'],
    ['Mat-khau-cu-2026', 'unchanged'],
  ] as const)('%j → %s', (password, problem) => {
    expect(passwordProblem(password, context)).toBe(problem);
  });

  it('needs no current password when none is given (an administrator’s reset)', () => {
    expect(passwordProblem('Mat-khau-cu-2026', { username: 'motcua1' })).toBeUndefined();
  });
});
