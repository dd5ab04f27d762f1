import { z } from 'zod';
import { roles } from '../roles.ts';
import { messageCode } from '../messages.ts';

export const LoginRequest = z.object({
  username: z.string().trim().min(1, messageCode('username_required')).max(64),
  password: z.string().min(1, messageCode('password_required')).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const CurrentUser = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  title: z.string(),
  role: z.enum(roles),
  unitId: z.uuid(),
  unitName: z.string(),
  unitKind: z.enum(['centre', 'department', 'external']),
  /** The commune's service centre, named in the app header. */
  centreName: z.string(),
}).meta({ id: 'CurrentUser' });
export type CurrentUser = z.infer<typeof CurrentUser>;
