import type { z } from 'zod';
import { isMessageCode, messageTexts, placeholdersOf, type Message, type MessageCode, type MessageParamValue } from '../messages.ts';

type Issue = z.core.$ZodIssue | z.core.$ZodRawIssue;

const formatCodes: Partial<Record<string, MessageCode>> = {
  email: 'email_invalid',
  uuid: 'invalid_id',
  guid: 'invalid_id',
  date: 'invalid_date',
  datetime: 'invalid_datetime',
};

/**
 * The message code for a zod check that has no message of its own, by the kind of issue.
 * Installed as zod's locale (`zod-locale.ts`), so every issue's `message` is a code.
 */
export function zodIssueCode(issue: Issue): MessageCode {
  switch (issue.code) {
    case 'invalid_type':
      // A missing value is by far the usual case in forms (an empty select, a cleared number).
      if (issue.input === undefined || issue.input === null) return 'required';
      return issue.expected === 'int' ? 'number_not_integer' : 'invalid_value';
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'required' : 'text_too_short';
      if (issue.origin === 'array' || issue.origin === 'set') return 'too_few_items';
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        return issue.inclusive === false ? 'number_not_above' : 'number_too_small';
      }
      return 'invalid_value';
    case 'too_big':
      if (issue.origin === 'string') return 'text_too_long';
      if (issue.origin === 'array' || issue.origin === 'set') return 'too_many_items';
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        return issue.inclusive === false ? 'number_not_below' : 'number_too_big';
      }
      return 'invalid_value';
    case 'invalid_format':
      return formatCodes[issue.format] ?? 'invalid_format';
    case 'invalid_value':
      return issue.input === undefined || issue.input === null ? 'required' : 'invalid_choice';
    case 'unrecognized_keys':
      return 'unknown_fields';
    default:
      return 'invalid_value';
  }
}

/** The values an issue can fill in: bounds, unknown keys, and a custom check's `params`. */
function issueValues(issue: z.core.$ZodIssue): Record<string, unknown> {
  switch (issue.code) {
    case 'too_small':
      return { minimum: issue.minimum };
    case 'too_big':
      return { maximum: issue.maximum };
    case 'unrecognized_keys':
      return { keys: issue.keys.join(', ') };
    case 'custom':
      return issue.params ?? {};
    default:
      return {};
  }
}

function paramValue(value: unknown): MessageParamValue | undefined {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  return undefined;
}

/**
 * A zod issue as a message: its code (the schema's own, or one for its kind) and the
 * parameters that code's text names. The API sends it for each field; the forms show it.
 */
export function issueMessage(issue: z.core.$ZodIssue): Message {
  const code = isMessageCode(issue.message) ? issue.message : zodIssueCode(issue);
  const values = issueValues(issue);
  const params: Record<string, MessageParamValue> = {};
  for (const name of placeholdersOf(messageTexts[code])) {
    const value = paramValue(values[name]);
    if (value !== undefined) params[name] = value;
  }
  return Object.keys(params).length ? { code, params } : { code };
}
