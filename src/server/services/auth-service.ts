import type { Queryable } from '../db/db.ts';
import type { CurrentUser } from '../../domain/schemas/auth.ts';
import { hashToken, newSessionToken, verifyPassword } from '../auth/password.ts';
import { HttpError } from '../http/errors.ts';
import { message } from '../../domain/messages.ts';

export const SESSION_COOKIE = 'motcua_session';
export const SESSION_HEADER = 'x-motcua-session';
export const SESSION_HOURS = 12;

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
}

const userColumns = `u.id, u.username, u.full_name, u.title, u.role, u.unit_id, un.name AS unit_name,
  un.kind AS unit_kind, (SELECT name FROM units WHERE kind = 'centre' ORDER BY created_at LIMIT 1) AS centre_name,
  u.password_hash, u.active`;

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
  };
}

const wrongCredentials = () =>
  new HttpError(401, 'invalid_credentials', message('invalid_credentials'), {
    password: message('invalid_credentials'),
  });

/** Checks the password and opens a session. Returns the cookie value (never stored). */
export async function login(db: Queryable, username: string, password: string, now: Date) {
  const [row] = await db.query<UserRow>(
    `SELECT ${userColumns} FROM users u JOIN units un ON un.id = u.unit_id WHERE lower(u.username) = lower($1)`,
    [username],
  );
  // Verify against a throwaway hash when the user is unknown, so timing does not reveal usernames.
  const ok = await verifyPassword(password, row?.password_hash ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
  if (!row || !ok) throw wrongCredentials();
  if (!row.active) throw new HttpError(403, 'account_disabled', message('account_disabled'));
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await db.query('INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $3)', [
    await hashToken(token),
    row.id,
    now,
    expiresAt,
  ]);
  return { token, expiresAt, user: toCurrentUser(row) };
}

/** The user behind a session cookie, or undefined when it is unknown or expired. */
export async function findSessionUser(db: Queryable, token: string, now: Date) {
  const tokenHash = await hashToken(token);
  const [row] = await db.query<UserRow>(
    `SELECT ${userColumns} FROM sessions s JOIN users u ON u.id = s.user_id JOIN units un ON un.id = u.unit_id
     WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.active`,
    [tokenHash, now],
  );
  return row ? { user: toCurrentUser(row), tokenHash } : undefined;
}

export async function logout(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}
