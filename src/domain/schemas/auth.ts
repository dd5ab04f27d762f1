import { z } from 'zod';
import { roles } from '../roles.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem, type PasswordProblem } from '../password-policy.ts';

export const LoginRequest = z.object({
  username: z.string().trim().min(1, 'Vui lòng nhập tên đăng nhập').max(64),
  password: z.string().min(1, 'Vui lòng nhập mật khẩu').max(200),
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
});
export type CurrentUser = z.infer<typeof CurrentUser>;

/** POST /api/auth/password: the user changes their own password. */
export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1, 'Vui lòng nhập mật khẩu hiện tại').max(PASSWORD_MAX_LENGTH),
  newPassword: z.string().min(1, 'Vui lòng nhập mật khẩu mới').max(PASSWORD_MAX_LENGTH, `Tối đa ${PASSWORD_MAX_LENGTH} ký tự`),
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

export const passwordProblemMessages: Record<PasswordProblem, string> = {
  too_short: `Mật khẩu mới phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`,
  too_long: `Tối đa ${PASSWORD_MAX_LENGTH} ký tự`,
  contains_username: 'Mật khẩu mới không được chứa tên đăng nhập',
  unchanged: 'Mật khẩu mới phải khác mật khẩu hiện tại',
  too_common: 'Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác',
};

/** The change-password form: the request plus the repeated new password, checked by the same rules as the API. */
export function changePasswordForm(username: string) {
  return ChangePasswordRequest.extend({ confirmPassword: z.string() }).superRefine((value, ctx) => {
    const problem = passwordProblem(value.newPassword, { username, currentPassword: value.currentPassword });
    if (problem) ctx.addIssue({ code: 'custom', path: ['newPassword'], message: passwordProblemMessages[problem] });
    if (value.confirmPassword !== value.newPassword) {
      ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'Mật khẩu nhập lại không khớp' });
    }
  });
}
