import type { Role } from './roles.ts';

/**
 * The audit log (nhật ký hệ thống): append-only, one row per administrative change (with
 * the record before and after), sign-in, failed sign-in and lockout, per opening of a
 * dossier's personal data (Decree 13/2023/NĐ-CP on personal data protection), and per fee
 * payment received (at the desk or reported by the portal).
 */
export const auditActions = [
  'setup.complete',
  'settings.update',
  'procedure.create',
  'procedure.update',
  'procedure.new_version',
  'procedure.import',
  'field.create',
  'field.update',
  'unit.create',
  'unit.update',
  'unit.delete',
  'user.create',
  'user.update',
  'user.deactivate',
  'user.reactivate',
  'user.reset_password',
  'user.transfer_dossiers',
  'calendar.add',
  'calendar.update',
  'calendar.delete',
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.lockout',
  'personal_data.view',
  'fee.payment',
  'fee.online_payment',
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditCategories = ['administration', 'sign_in', 'personal_data', 'fees'] as const;
export type AuditCategory = (typeof auditCategories)[number];

export function auditCategory(action: AuditAction): AuditCategory {
  if (action.startsWith('auth.')) return 'sign_in';
  if (action.startsWith('personal_data.')) return 'personal_data';
  // Money received: at the desk (cash, transfer) or reported by the portal (online).
  if (action.startsWith('fee.')) return 'fees';
  return 'administration';
}

export function actionsOfCategory(category: AuditCategory): AuditAction[] {
  return auditActions.filter((action) => auditCategory(action) === category);
}

/** Who may read the log: the administrator, and the chairperson who answers for the commune's data. */
export const auditReaderRoles: readonly Role[] = ['admin', 'chairperson'];

export function mayReadAuditLog(role: Role): boolean {
  return auditReaderRoles.includes(role);
}

/** The kinds of record an entry is about. */
export const auditEntities = ['settings', 'procedure', 'field', 'unit', 'user', 'calendar_day', 'session', 'dossier'] as const;
export type AuditEntity = (typeof auditEntities)[number];

/** One changed value of a record: its path (`name`, `week.friday.afternoon.end`, `documents`) and both sides (JSON). */
export interface AuditChange {
  path: string;
  before: unknown;
  after: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What changed between two snapshots of a record: nested objects by path, lists and plain
 * values whole. The log stores both snapshots; this is how screens show "before → after".
 */
export function auditChanges(before: unknown, after: unknown, prefix = ''): AuditChange[] {
  const a = before ?? undefined;
  const b = after ?? undefined;
  // A record created or deleted shows field by field, like one edited.
  if ((isRecord(a) || a === undefined) && (isRecord(b) || b === undefined) && (a !== undefined || b !== undefined)) {
    const keys = [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])];
    return keys.flatMap((key) => auditChanges(a?.[key], b?.[key], prefix ? `${prefix}.${key}` : key));
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  return [{ path: prefix, before: a, after: b }];
}
