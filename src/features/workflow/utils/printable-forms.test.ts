import { describe, expect, it } from 'vitest';
import type { DossierEvent } from '../../../domain/schemas/dossier.ts';
import { issuedForms, newestEventOf } from './printable-forms.ts';

const id = '11111111-1111-4111-8111-111111111111';
const step = (seq: number, action: DossierEvent['action']) => ({ id: `e${seq}`, seq, action, at: `2026-11-2${seq}T03:00:00.000Z` }) as DossierEvent;

describe('issuedForms', () => {
  it('offers the receipt once received, then forms 02–05 of the steps, newest first', () => {
    const events = [step(1, 'receive'), step(2, 'hand_over'), step(3, 'request_supplement'), step(4, 'receive_supplement'), step(5, 'request_supplement'), step(6, 'withdraw')];
    const forms = issuedForms({ id, receivedAt: '2026-11-21T03:00:00.000Z', events });
    expect(forms.map((form) => [form.kind, form.href])).toEqual([
      ['receipt', `/in/ho-so/${id}/bien-nhan`],
      ['stopNotice', `/in/ho-so/${id}/dung-giai-quyet`],
      ['supplementRequest', `/in/ho-so/${id}/yeu-cau-bo-sung/e5`],
      ['supplementRequest', `/in/ho-so/${id}/yeu-cau-bo-sung/e3`],
    ]);
  });

  it('offers no receipt before an online dossier is accepted', () => {
    const forms = issuedForms({ id, receivedAt: null, events: [step(1, 'submit_online'), step(2, 'request_completion')] });
    expect(forms.map((form) => form.kind)).toEqual(['completionRequest']);
  });
});

describe('newestEventOf', () => {
  it('finds the step an action just recorded, and nothing if another came after it', () => {
    const events = [step(2, 'apologize'), step(1, 'receive')];
    expect(newestEventOf({ events }, 'apologize')?.id).toBe('e2');
    expect(newestEventOf({ events }, 'receive')).toBeUndefined();
  });
});
