import type { Role } from '../../domain/roles.ts';

export type ReportScreen = 'overview' | 'register';

/** The report screens each role reaches from the navigation: the roles the reports API serves. */
export const roleReports: Record<Role, readonly ReportScreen[]> = {
  desk_officer: ['register'],
  department_head: [],
  handler: [],
  chairperson: ['overview', 'register'],
  admin: ['overview', 'register'],
};
