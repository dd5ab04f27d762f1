import { z } from 'zod';
import { roles } from '../roles.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem, type PasswordProblem } from '../password-policy.ts';
import { messageCode, type MessageCode } from '../messages.ts';

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
  /** The user must choose a new password before doing anything else (first admin, or set by an administrator). */
  mustChangePassword: z.boolean(),
}).meta({ id: 'CurrentUser' });
export type CurrentUser = z.infer<typeof CurrentUser>;

/** POST /api/auth/password: the user changes their own password. */
export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1, messageCode('current_password_required')).max(PASSWORD_MAX_LENGTH),
  newPassword: z.string().min(1, messageCode('new_password_required')).max(PASSWORD_MAX_LENGTH, messageCode('password_too_long')),
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

/** The message of each password problem, with its parameters. */
export const passwordProblemMessages: Record<PasswordProblem, { code: MessageCode; params?: Record<string, number> }> = {
  too_short: { code: 'password_too_short', params: { minimum: PASSWORD_MIN_LENGTH } },
  too_long: { code: 'password_too_long', params: { maximum: PASSWORD_MAX_LENGTH } },
  contains_username: { code: 'password_contains_username' },
  unchanged: { code: 'password_unchanged' },
  too_common: { code: 'password_too_common' },
};

/** The change-password form: the request plus the repeated new password, checked by the same rules as the API. */
export function changePasswordForm(username: string) {
  return ChangePasswordRequest.extend({ confirmPassword: z.string() }).superRefine((value, ctx) => {
    const problem = passwordProblem(value.newPassword, { username, currentPassword: value.currentPassword });
    if (problem) {
      const { code, params } = passwordProblemMessages[problem];
      ctx.addIssue({ code: 'custom', path: ['newPassword'], message: code, params });
    }
    if (value.confirmPassword !== value.newPassword) {
      ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: messageCode('password_confirmation_mismatch') });
    }
  });
}
