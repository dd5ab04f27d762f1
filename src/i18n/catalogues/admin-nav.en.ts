import type { adminNavVi } from './admin-nav.vi.ts';

export const adminNavEn: typeof adminNavVi = {
  group: 'Administration',
  procedures: 'Procedures',
  fields: 'Fields',
  units: 'Units',
  users: 'Users',
  calendar: 'Working calendar',
  settings: 'Settings',
  audit: 'Audit log',
};
