import { z } from 'zod';
import { messageCode } from '../messages.ts';
import { PASSWORD_MAX_LENGTH, passwordProblem } from '../password-policy.ts';
import { passwordProblemMessages } from './auth.ts';
import { Username } from './admin-users.ts';
import { requiredText } from './common.ts';
import { CentreIdentitySchema } from './settings.ts';

/** GET /api/setup: whether the installation still waits for its first-run setup. */
export const SetupStatus = z.object({
  needed: z.boolean(),
  /** The server asks for the code it printed at start. */
  codeRequired: z.boolean(),
});

export const SetupAdmin = z.object({
  username: Username,
  fullName: requiredText('full_name_required', 120),
  password: z.string().min(1, messageCode('new_password_required')).max(PASSWORD_MAX_LENGTH, messageCode('password_too_long')),
});

/** POST /api/setup: the centre's identity and the first administrator, who is signed in at once. */
export const SetupRequest = z.object({
  setupCode: z.string().trim().max(40).default(''),
  identity: CentreIdentitySchema,
  admin: SetupAdmin,
});
export type SetupRequest = z.input<typeof SetupRequest>;

/** The setup form: the request plus the repeated password, checked by the same rules as the API. */
export const SetupForm = SetupRequest.extend({ admin: SetupAdmin.extend({ confirmPassword: z.string() }) }).superRefine((value, ctx) => {
  const problem = passwordProblem(value.admin.password, { username: value.admin.username });
  if (problem) {
    const { code, params } = passwordProblemMessages[problem];
    ctx.addIssue({ code: 'custom', path: ['admin', 'password'], message: code, params });
  }
  if (value.admin.confirmPassword !== value.admin.password) {
    ctx.addIssue({ code: 'custom', path: ['admin', 'confirmPassword'], message: messageCode('password_confirmation_mismatch') });
  }
});
