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

/** Each role's Vietnamese name, as the UI, the demo logins and the audit log's export write it. */
export const roleNamesVi = {
  desk_officer: 'Cán bộ một cửa',
  department_head: 'Lãnh đạo phòng',
  handler: 'Chuyên viên xử lý',
  chairperson: 'Lãnh đạo UBND xã',
  admin: 'Quản trị hệ thống',
} satisfies Record<Role, string>;

export const UnitKind = {
  centre: 'centre',
  department: 'department',
  external: 'external',
} as const;
export type UnitKind = (typeof UnitKind)[keyof typeof UnitKind];

/**
 * Where each role works: the desk and the administrator at the centre, heads and handlers
 * in a department; the chairperson at the centre (or the committee's office). Outside
 * authorities have no accounts.
 */
export const unitKindsOfRole: Record<Role, readonly UnitKind[]> = {
  desk_officer: ['centre'],
  department_head: ['department'],
  handler: ['department'],
  chairperson: ['centre', 'department'],
  admin: ['centre', 'department'],
};

export function roleFitsUnit(role: Role, unitKind: UnitKind): boolean {
  return unitKindsOfRole[role].includes(unitKind);
}

/**
 * Who may take over an officer's open dossiers when they leave or move: an active colleague
 * with the same role in the same unit, so every dossier stays where the workflow put it.
 */
export function mayTakeOver(from: { id: string; role: Role; unitId: string }, to: { id: string; role: Role; unitId: string; active: boolean }): boolean {
  return to.active && to.id !== from.id && to.role === from.role && to.unitId === from.unitId;
}
