import type { Queryable } from '../db/db.ts';
import { HttpError } from '../http/errors.ts';
import { message } from '../../domain/messages.ts';

/**
 * Failed logins are counted per username (whether it exists or not) and per client
 * address, in the database so that every server process sees the same counts. From the
 * 5th failure in a row a key is locked for 1 minute, then 5, then 15 minutes for each
 * further failure; a success clears the keys; a day without failure forgets them.
 */
export const FAILURES_BEFORE_LOCK = 5;
const lockMinutes = [1, 5, 15];

/** How long the key is locked after its `failures`-th failure in a row (0: not locked). */
export function lockMinutesAfter(failures: number): number {
  if (failures < FAILURES_BEFORE_LOCK) return 0;
  return lockMinutes[Math.min(failures - FAILURES_BEFORE_LOCK, lockMinutes.length - 1)]!;
}

export interface ThrottleKeys {
  username: string;
  /** Unknown in the in-page hosts (training mode, tests without an address). */
  address?: string;
}

function keysOf(keys: ThrottleKeys): string[] {
  const list = [`user:${keys.username.normalize('NFC').trim().toLowerCase()}`];
  if (keys.address) list.push(`address:${keys.address}`);
  return list;
}

/** The two keys as two parameters (the second may be null): no array literal to escape. */
function keyParams(keys: ThrottleKeys): [string, string | null] {
  const [user, address] = keysOf(keys);
  return [user!, address ?? null];
}

/** 429 with Retry-After while any key is locked; the password is not even looked at. */
export async function assertLoginAllowed(db: Queryable, keys: ThrottleKeys, now: Date): Promise<void> {
  const [row] = await db.query<{ locked_until: Date | null }>(
    'SELECT max(locked_until) AS locked_until FROM login_throttle WHERE key IN ($1, $2) AND locked_until > $3',
    [...keyParams(keys), now],
  );
  if (!row?.locked_until) return;
  const seconds = Math.max(1, Math.ceil((row.locked_until.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  throw new HttpError(429, 'login_throttled', message('login_throttled', { minutes }), undefined, { 'Retry-After': String(seconds) });
}

/** Counts a failure; returns for how many minutes it locked a key (0: none). */
export async function recordLoginFailure(db: Queryable, keys: ThrottleKeys, now: Date): Promise<number> {
  let locked = 0;
  for (const key of keysOf(keys)) {
    const [row] = await db.query<{ failures: number }>(
      `INSERT INTO login_throttle (key, failures, last_failure_at) VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle.last_failure_at < $2::timestamptz - interval '1 day' THEN 1 ELSE login_throttle.failures + 1 END,
         last_failure_at = $2
       RETURNING failures`,
      [key, now],
    );
    const minutes = lockMinutesAfter(row!.failures);
    if (minutes) await db.query('UPDATE login_throttle SET locked_until = $2 WHERE key = $1', [key, new Date(now.getTime() + minutes * 60_000)]);
    locked = Math.max(locked, minutes);
  }
  // Keys of usernames tried once and never again would pile up otherwise.
  await db.query("DELETE FROM login_throttle WHERE last_failure_at < $1::timestamptz - interval '1 day' AND (locked_until IS NULL OR locked_until < $1)", [now]);
  return locked;
}

export async function forgetLoginFailures(db: Queryable, keys: ThrottleKeys): Promise<void> {
  await db.query('DELETE FROM login_throttle WHERE key IN ($1, $2)', keyParams(keys));
}
