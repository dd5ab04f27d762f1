/**
 * What a new password must be, for the change-password form and the API alike. The check
 * against the list of common passwords is the API's (the list is large and stays on the
 * server); it answers with the same kind of problem.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = 'too_short' | 'too_long' | 'contains_username' | 'unchanged' | 'too_common';

/** The first rule `password` breaks for this user, or undefined when it is acceptable (common passwords aside). */
export function passwordProblem(password: string, context: { username: string; currentPassword?: string }): PasswordProblem | undefined {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  const username = context.username.trim().toLowerCase();
  if (username && password.toLowerCase().includes(username)) return 'contains_username';
  if (context.currentPassword !== undefined && password === context.currentPassword) return 'unchanged';
  return undefined;
}
