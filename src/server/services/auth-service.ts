import { defaultSessionSettings, SessionSettingsSchema, type SessionSettings } from '../../domain/schemas/settings.ts';
import type { Db, Queryable } from '../db/db.ts';
import { passwordProblemMessages, type ChangePasswordRequest, type CurrentUser } from '../../domain/schemas/auth.ts';
import { passwordProblem } from '../../domain/password-policy.ts';
import { hashPassword, hashToken, newSessionToken, verifyPassword } from '../auth/password.ts';
import { isCommonPassword } from '../auth/common-passwords.ts';
import { forbidden, HttpError, notFound } from '../http/errors.ts';
import { assertLoginAllowed, forgetLoginFailures, recordLoginFailure, type ThrottleKeys } from './login-throttle.ts';
import { appendAudit } from './audit.ts';
import { message } from '../../domain/messages.ts';

/** The session cookie over plain HTTP (a LAN install) and over HTTPS, where the __Host- prefix pins it to this origin. */
export const SESSION_COOKIE = 'motcua_session';
export const SECURE_SESSION_COOKIE = '__Host-motcua_session';
export const SESSION_HEADER = 'x-motcua-session';

/** Idle timeout and absolute lifetime of a session: the `sessions` setting (Quản trị → Cài đặt), or the defaults. */
const SessionSettings = SessionSettingsSchema;

/** last_seen_at is written at most this often, so a busy page does not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

interface UserRow {
  id: string;
  username: string;
  full_name: string;
  title: string;
  role: CurrentUser['role'];
  unit_id: string;
  unit_name: string;
  unit_kind: CurrentUser['unitKind'];
  centre_name: string;
  password_hash: string;
  active: boolean;
  must_change_password: boolean;
}

const userColumns = `u.id, u.username, u.full_name, u.title, u.role, u.unit_id, un.name AS unit_name,
  un.kind AS unit_kind, (SELECT name FROM units WHERE kind = 'centre' ORDER BY created_at LIMIT 1) AS centre_name,
  u.password_hash, u.active, u.must_change_password`;

function toCurrentUser(row: UserRow): CurrentUser {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    title: row.title,
    role: row.role,
    unitId: row.unit_id,
    unitName: row.unit_name,
    unitKind: row.unit_kind,
    centreName: row.centre_name,
    mustChangePassword: row.must_change_password,
  };
}

const wrongCredentials = () =>
  new HttpError(401, 'invalid_credentials', message('invalid_credentials'), {
    password: message('invalid_credentials'),
  });

// Verified when the user is unknown, so the time taken does not reveal which usernames exist.
const unknownUserHash = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

function parseSessionSettings(value: unknown): SessionSettings {
  const parsed = SessionSettings.safeParse(value);
  return parsed.success ? parsed.data : defaultSessionSettings;
}

export async function loadSessionSettings(db: Queryable): Promise<SessionSettings> {
  const [row] = await db.query<{ value: unknown }>("SELECT value FROM settings WHERE key = 'sessions'");
  return parseSessionSettings(row?.value);
}

/**
 * Checks the password and opens a session. Returns the cookie value (never stored).
 * Throttled per username and per client address (see login-throttle.ts): the answer is the
 * same whether or not the username exists.
 */
export async function login(db: Db, credentials: { username: string; password: string; address?: string }, now: Date) {
  const keys: ThrottleKeys = { username: credentials.username, address: credentials.address };
  // Every attempt is in the audit log: a failure with the username typed (known or not), and
  // the lockout a failure starts.
  const failed = (reason: string, details: Record<string, unknown> = {}) =>
    appendAudit(db, { at: now, actor: { username: credentials.username }, action: 'auth.sign_in_failed', entity: 'session', entityLabel: credentials.username, details: { reason, ...details }, address: credentials.address });
  try {
    await assertLoginAllowed(db, keys, now);
  } catch (error) {
    if (error instanceof HttpError) await failed(error.code);
    throw error;
  }
  const [row] = await db.query<UserRow>(
    `SELECT ${userColumns} FROM users u JOIN units un ON un.id = u.unit_id WHERE lower(u.username) = lower($1)`,
    [credentials.username],
  );
  const ok = await verifyPassword(credentials.password, row?.password_hash ?? unknownUserHash);
  if (!row || !ok) {
    const lockedMinutes = await recordLoginFailure(db, keys, now);
    await failed('invalid_credentials');
    if (lockedMinutes) {
      await appendAudit(db, { at: now, actor: { username: credentials.username }, action: 'auth.lockout', entity: 'session', entityLabel: credentials.username, details: { minutes: lockedMinutes }, address: credentials.address });
    }
    throw wrongCredentials();
  }
  if (!row.active) {
    await failed('account_disabled');
    throw new HttpError(403, 'account_disabled', message('account_disabled'));
  }
  const settings = await loadSessionSettings(db);
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + settings.absoluteHours * 3600_000);
  await db.transaction(async (tx) => {
    await forgetLoginFailures(tx, keys);
    await appendAudit(tx, { at: now, actor: toCurrentUser(row), action: 'auth.sign_in', entity: 'session', entityId: row.id, entityLabel: row.username, address: credentials.address });
    await tx.query('DELETE FROM sessions WHERE expires_at <= $1', [now]);
    await tx.query('INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $3)', [
      await hashToken(token),
      row.id,
      now,
      expiresAt,
    ]);
  });
  return { token, expiresAt, user: toCurrentUser(row) };
}

/**
 * The user behind a session token, or undefined when it is unknown, idle for longer than
 * the idle timeout, older than the absolute lifetime, or its user is deactivated.
 */
export async function findSessionUser(db: Queryable, token: string, now: Date) {
  const tokenHash = await hashToken(token);
  const [row] = await db.query<UserRow & { last_seen_at: Date; session_settings: unknown }>(
    `SELECT ${userColumns}, s.last_seen_at, st.value AS session_settings
     FROM sessions s JOIN users u ON u.id = s.user_id JOIN units un ON un.id = u.unit_id
     LEFT JOIN settings st ON st.key = 'sessions'
     WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.active`,
    [tokenHash, now],
  );
  if (!row) return undefined;
  const settings = parseSessionSettings(row.session_settings);
  const idleMs = now.getTime() - row.last_seen_at.getTime();
  if (idleMs >= settings.idleMinutes * 60_000) {
    await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    return undefined;
  }
  if (idleMs >= TOUCH_INTERVAL_MS) await db.query('UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1', [tokenHash, now]);
  return { user: toCurrentUser(row), tokenHash };
}

export async function logout(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

/** "Đăng xuất khỏi mọi thiết bị": every session of the user ends, this one included. */
export async function logoutEverywhere(db: Queryable, userId: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
}

/**
 * The user picks a new password: the current one must be right (failures count like failed
 * logins), the new one must follow the policy. Other sessions of the user end; this one stays.
 */
export async function changePassword(
  db: Db,
  user: CurrentUser,
  sessionTokenHash: string,
  request: ChangePasswordRequest & { address?: string },
  now: Date,
): Promise<CurrentUser> {
  const keys: ThrottleKeys = { username: user.username, address: request.address };
  await assertLoginAllowed(db, keys, now);
  const [row] = await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [user.id]);
  if (!row) throw notFound();
  if (!(await verifyPassword(request.currentPassword, row.password_hash))) {
    await recordLoginFailure(db, keys, now);
    throw new HttpError(400, 'wrong_current_password', message('validation_failed'), { currentPassword: message('current_password_wrong') });
  }
  const problem =
    passwordProblem(request.newPassword, { username: user.username, currentPassword: request.currentPassword }) ??
    (isCommonPassword(request.newPassword) ? 'too_common' : undefined);
  if (problem) throw new HttpError(400, `password_${problem}`, message('validation_failed'), { newPassword: passwordProblemMessages[problem] });
  const passwordHash = await hashPassword(request.newPassword);
  await db.transaction(async (tx) => {
    await tx.query(
      'UPDATE users SET password_hash = $2, must_change_password = false, password_changed_at = $3, version = version + 1 WHERE id = $1',
      [user.id, passwordHash, now],
    );
    await tx.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [user.id, sessionTokenHash]);
    await forgetLoginFailures(tx, keys);
  });
  return { ...user, mustChangePassword: false };
}

/** An administrator makes a user choose a new password before anything else. */
export async function requirePasswordChange(db: Queryable, actor: CurrentUser, userId: string): Promise<void> {
  if (actor.role !== 'admin') throw forbidden(message('require_password_change_forbidden'));
  const rows = await db.query('UPDATE users SET must_change_password = true, version = version + 1 WHERE id = $1 RETURNING id', [userId]);
  if (!rows.length) throw notFound(message('user_not_found'));
}
