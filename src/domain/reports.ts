import type { Role } from './roles.ts';

export const reportScreens = ['overview', 'register'] as const;
export type ReportScreen = (typeof reportScreens)[number];

/**
 * Who may open each report: the chairperson's overview (Decision 766 figures) and the
 * tracking register (form 07), which the desk keeps. The API enforces this; the navigation
 * offers exactly these.
 */
export const reportRoles: Record<ReportScreen, readonly Role[]> = {
  overview: ['chairperson', 'admin'],
  register: ['desk_officer', 'chairperson', 'admin'],
};

export function mayOpenReport(role: Role, report: ReportScreen): boolean {
  return reportRoles[report].includes(role);
}

/** The reports a role reaches, in the navigation's order. */
export function reportsOf(role: Role): ReportScreen[] {
  return reportScreens.filter((report) => mayOpenReport(role, report));
}
