import './zod-locale.ts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isMessageCode } from '../messages.ts';
import { issueMessage } from './zod-messages.ts';
import { LoginRequest } from './auth.ts';
import { LocalDate } from './dossier-query.ts';
import {
  ApologizeInput,
  AssignInput,
  IntakeSlipRequest,
  ReceiveDossierRequest,
  RequestSupplementInput,
  ReturnResultInput,
  SubmitResultInput,
} from './intake.ts';
import { PortalSubmission } from './portal.ts';
import { PeriodQuery } from './reports.ts';
import { SavedViewInput } from './views.ts';

/** The message of the first issue at `path` when `schema` parses `input`. */
function messageAt(schema: z.ZodType, input: unknown, path: string) {
  const result = schema.safeParse(input);
  const issue = result.error?.issues.find((i) => i.path.join('.') === path);
  return issue && issueMessage(issue);
}

const applicant = { name: 'Nguyễn Văn An', address: 'Thôn 1' };
const walkIn = {
  procedureId: '00000000-0000-4000-8000-000000000001',
  channel: 'walk_in',
  applicant,
  documents: [],
  returnMethod: 'desk',
};

describe('zod issues as messages', () => {
  it.each([
    ['a missing required text: the schema’s own code', { ...walkIn, applicant: { address: 'x' } }, 'applicant.name', { code: 'applicant_name_required' }],
    ['a blank required text: the same code', { ...walkIn, applicant: { ...applicant, name: '   ' } }, 'applicant.name', { code: 'applicant_name_required' }],
    ['text past its maximum', { ...walkIn, applicant: { ...applicant, address: 'x'.repeat(301) } }, 'applicant.address', { code: 'text_too_long', params: { maximum: 300 } }],
    ['a fraction where a whole number is due', { ...walkIn, setsCount: 1.5 }, 'setsCount', { code: 'number_not_integer' }],
    ['a number under the schema’s minimum, with its bound', { ...walkIn, setsCount: 0 }, 'setsCount', { code: 'sets_too_few', params: { minimum: 1 } }],
    ['a number over a plain maximum', { ...walkIn, setsCount: 21 }, 'setsCount', { code: 'number_too_big', params: { maximum: 20 } }],
    ['an unknown choice', { ...walkIn, channel: 'fax' }, 'channel', { code: 'invalid_choice' }],
    ['a missing choice', { ...walkIn, returnMethod: undefined }, 'returnMethod', { code: 'required' }],
    ['a malformed id without a code of its own', { ...walkIn, documents: [{ procedureDocumentId: 'x', received: true, form: 'original', count: 1 }] }, 'documents.0.procedureDocumentId', { code: 'invalid_id' }],
    ['a malformed id with a code of its own', { ...walkIn, procedureId: 'x' }, 'procedureId', { code: 'procedure_required' }],
  ])('%s', (_, input, path, expected) => {
    expect(messageAt(ReceiveDossierRequest, input, path)).toEqual(expected);
  });

  it('names a bad date, a list past its maximum, a custom rule and unknown keys', () => {
    expect(messageAt(LocalDate, '23/11/2026', '')).toEqual({ code: 'invalid_date' });
    const items = Array.from({ length: 31 }, () => ({ name: 'Giấy tờ' }));
    expect(messageAt(RequestSupplementInput, { items, reason: 'x' }, 'items')).toEqual({ code: 'too_many_items', params: { maximum: 30 } });
    expect(messageAt(PeriodQuery, { from: '2026-11-23', to: '2026-11-01' }, 'to')).toEqual({ code: 'period_end_before_start' });
    expect(messageAt(z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 }, '')).toEqual({ code: 'unknown_fields', params: { keys: 'b, c' } });
  });

  it.each([
    ['LoginRequest', LoginRequest],
    ['ReceiveDossierRequest', ReceiveDossierRequest],
    ['IntakeSlipRequest', IntakeSlipRequest],
    ['AssignInput', AssignInput],
    ['RequestSupplementInput', RequestSupplementInput],
    ['SubmitResultInput', SubmitResultInput],
    ['ReturnResultInput', ReturnResultInput],
    ['ApologizeInput', ApologizeInput],
    ['PortalSubmission', PortalSubmission],
    ['SavedViewInput', SavedViewInput],
  ])('every issue of %s is a message code, for empty and for wrong-typed input', (_, schema: z.ZodType) => {
    for (const input of [{}, { applicant: 1, items: [{}], name: 3, kind: 'x', version: 'x', newAppointmentAt: 'x' }]) {
      const issues = schema.safeParse(input).error?.issues ?? [];
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) expect(isMessageCode(issue.message), `${issue.path.join('.')}: ${issue.message}`).toBe(true);
    }
  });
});
