/** The five kinds of user (docs/domain.md "Who works at the desk"). */
export const Role = {
  deskOfficer: 'desk_officer',
  departmentHead: 'department_head',
  handler: 'handler',
  chairperson: 'chairperson',
  admin: 'admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const roles = Object.values(Role) as readonly Role[];

export const UnitKind = {
  centre: 'centre',
  department: 'department',
  external: 'external',
} as const;
export type UnitKind = (typeof UnitKind)[keyof typeof UnitKind];
