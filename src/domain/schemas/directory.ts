import { z } from 'zod';
import { roles } from '../roles.ts';

export const UnitSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(['centre', 'department', 'external']),
}).meta({ id: 'Unit' });
export type UnitSummary = z.infer<typeof UnitSummary>;

export const UserSummary = z.object({
  id: z.uuid(),
  fullName: z.string(),
  title: z.string(),
  role: z.enum(roles),
  unitId: z.uuid(),
  phone: z.string().nullable(),
}).meta({ id: 'User' });
export type UserSummary = z.infer<typeof UserSummary>;

export const UserQuery = z.object({
  role: z.enum(roles).optional(),
  unitId: z.uuid().optional(),
});
