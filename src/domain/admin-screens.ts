import { mayReadAuditLog } from './audit.ts';
import type { Role } from './roles.ts';

/** The administration's screens, in the navigation's order. */
export const adminScreens = ['procedures', 'fields', 'units', 'users', 'calendar', 'settings'] as const;
export type AdminScreen = (typeof adminScreens)[number];

/** The administration is the administrator's; the API enforces it, the navigation offers it. */
export function adminScreensOf(role: Role): readonly AdminScreen[] {
  return role === 'admin' ? adminScreens : [];
}

/** The audit log is also read by the chairperson. */
export function mayOpenAuditLog(role: Role): boolean {
  return mayReadAuditLog(role);
}
