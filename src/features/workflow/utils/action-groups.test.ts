import { describe, expect, it } from 'vitest';
import { splitActions } from './action-groups.ts';

describe('splitActions', () => {
  it('makes the expected next step primary and lists the rest, endings last', () => {
    expect(splitActions(['stop', 'withdraw', 'request_supplement', 'submit_result', 'apologize'])).toEqual({
      primary: 'submit_result',
      others: ['request_supplement', 'apologize', 'withdraw', 'stop'],
    });
  });

  it('has no primary when only detours are allowed', () => {
    expect(splitActions(['withdraw'])).toEqual({ primary: undefined, others: ['withdraw'] });
    expect(splitActions([])).toEqual({ primary: undefined, others: [] });
  });
});
